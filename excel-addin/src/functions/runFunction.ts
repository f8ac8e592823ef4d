import { evaluate, type FunctionSpec } from "@cchc/core";
import { CellError } from "@cchc/core";
import { fromHost, hostFormatsDates, toHostError, toHostResult, type HostCell } from "./hostValues.js";

/** Decided once, on the first call (the host does not change while the add-in runs). */
let formatDates: boolean | undefined;

/**
 * Run one catalogue function on the arguments Excel passed: host values → core `evaluate`
 * → host values. Never throws: anything unexpected becomes #VALUE! with a Vietnamese message.
 */
export function runFunction(spec: FunctionSpec, args: readonly unknown[]): HostCell[][] {
  try {
    const values = spec.params.map((_, i) => fromHost(args[i]));
    formatDates ??= hostFormatsDates();
    return toHostResult(evaluate(spec, values), spec.result, formatDates);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return [[toHostError(new CellError("value", `Lỗi khi tính ${spec.id}: ${message}`))]];
  }
}

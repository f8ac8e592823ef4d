/**
 * The status table: each system's status names and codes (systems.ts) and the usual words of
 * other exports → what the status means for the report. Exact names first (folded: no case,
 * no diacritics), then the portal's numeric codes, then words found in longer texts ("Hồ sơ
 * đã trả lại/xin rút") in an order that keeps "chờ trả kết quả" pending and "không được
 * tiếp nhận" apart from "được tiếp nhận".
 */
import { cellText, foldKey } from "../text/normalize.js";
import { ONE_STOP_SYSTEMS, type StatusOutcome } from "./systems.js";

/** Words of other exports (folded), tried in this order inside longer texts. */
const WORDS: readonly [StatusOutcome, readonly string[]][] = [
  ["notReceived", ["khong duoc tiep nhan", "tu choi tiep nhan", "khong tiep nhan", "chua tiep nhan", "cho tiep nhan", "moi dang ky"]],
  ["cancelled", ["da huy", "huy ho so", "huy", "cancelled", "canceled"]],
  ["returned", ["tra lai", "xin rut", "rut ho so", "da rut", "dung xu ly", "dung giai quyet", "tu choi", "khong giai quyet", "denied", "unresolved"]],
  ["supplement", ["cho bo sung", "yeu cau bo sung", "nghia vu tai chinh", "tam dung", "waiting", "paying"]],
  ["pending", ["cho tra", "dang xu ly", "dang giai quyet", "cho xu ly", "processing"]],
  ["resolved", ["da xu ly xong", "da tra ket qua", "co ket qua", "da giai quyet", "da hoan thanh", "hoan thanh", "da xu ly", "da tra", "done", "releasing", "released", "ended", "archived"]],
  ["received", ["da tiep nhan", "duoc tiep nhan", "moi tiep nhan", "tiep nhan", "received"]],
];

const EXACT: ReadonlyMap<string, StatusOutcome> = (() => {
  const m = new Map<string, StatusOutcome>();
  for (const s of ONE_STOP_SYSTEMS) for (const st of s.statuses) m.set(foldKey(st.name), st.outcome);
  return m;
})();

/** The portal's TrangThaiHoSo codes (also TD's TrangThaiHoSoId). */
const CODES: ReadonlyMap<string, StatusOutcome> = (() => {
  const m = new Map<string, StatusOutcome>();
  for (const s of ONE_STOP_SYSTEMS) for (const st of s.statuses) if (st.code !== undefined) m.set(st.code, st.outcome);
  return m;
})();

const PATTERNS: readonly [StatusOutcome, RegExp][] = WORDS.map(([o, words]) => [
  o,
  new RegExp(`(?:^| )(?:${words.map((w) => w.replace(/ /g, " ")).join("|")})(?: |$)`),
]);

/** What a status cell means, or null (blank or not recognised: the dates decide). */
export function statusOutcome(value: unknown): StatusOutcome | null {
  if (typeof value === "number") return Number.isInteger(value) ? (CODES.get(String(value)) ?? null) : null;
  const text = cellText(value);
  if (text === "") return null;
  if (/^\d{1,2}$/.test(text)) return CODES.get(String(Number(text))) ?? null;
  const k = foldKey(text).replace(/[^a-z0-9]+/g, " ").trim();
  const exact = EXACT.get(foldKey(text)) ?? EXACT.get(k);
  if (exact) return exact;
  for (const [o, re] of PATTERNS) if (re.test(k)) return o;
  return null;
}

const memo = new Map<unknown, StatusOutcome | null>();
/** statusOutcome, cached (exports repeat a handful of statuses on every row). */
export function statusOutcomeCached(value: unknown): StatusOutcome | null {
  if (typeof value !== "string" && typeof value !== "number") return statusOutcome(value);
  let r = memo.get(value);
  if (r === undefined && !memo.has(value)) {
    r = statusOutcome(value);
    if (memo.size < 5000) memo.set(value, r);
  }
  return r ?? null;
}

/** Vietnamese name of each outcome, for messages and notes. */
export const STATUS_OUTCOME_NAMES: Record<StatusOutcome, string> = {
  received: "đã tiếp nhận",
  notReceived: "không được tiếp nhận",
  pending: "đang giải quyết",
  supplement: "chờ bổ sung",
  resolved: "đã giải quyết",
  returned: "trả lại/xin rút/dừng xử lý",
  cancelled: "đã hủy",
};

import { nearestName, parseArgs } from "./args.js";
import { CliError } from "./cliError.js";
import type { Command } from "./command.js";
import { commandNames, loadCommand } from "./commands/registry.js";
import { type Io, processIo } from "./io.js";
import { internalErrorText, shownArg, shownMessage } from "./messages.js";

/** Exit code of an error that is the tool's fault, not the input's. */
const INTERNAL_ERROR = 1;

export async function helpText(): Promise<string> {
  const all: Command[] = [];
  for (const name of commandNames) all.push(await loadCommand(name));
  const lines = [
    "cchc — công cụ kế hoạch cải cách hành chính (CCHC)",
    "",
    "Cách dùng:",
    ...all.map((c) => `  ${c.usage}\n      ${c.summary}`),
    "",
    "Ngày nhập: YYYY-MM-DD hoặc dd/mm/yyyy. Ngày in ra: YYYY-MM-DD.",
    "--format json in một tài liệu JSON. Lỗi: thông báo trên stderr, mã thoát 2 (dữ liệu hoặc tham số sai), 1 (lỗi của công cụ).",
  ];
  return lines.join("\n");
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(`Thiếu tên lệnh. Các lệnh: ${commandNames.join(", ")}.\nVí dụ: cchc due 2025-03-02 5\nXem: cchc --help`);
    return 2;
  }
  try {
    if (name === "--help" || name === "-h" || name === "help") {
      io.out(await helpText());
      return 0;
    }
    if (!commandNames.includes(name)) {
      const near = nearestName(name, commandNames);
      throw new CliError(
        `Không có lệnh "${shownArg(name)}".${near ? ` Có phải ý bạn là "cchc ${near}"?` : ""} Các lệnh: ${commandNames.join(", ")}. Xem: cchc --help`,
      );
    }
    const command = await loadCommand(name);
    const args = parseArgs(rest, command.flags, command.name);
    if (args.options.help) {
      io.out(`${command.usage}\n  ${command.summary}`);
      return 0;
    }
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(shownMessage(e.message, argv));
      return e.exitCode;
    }
    io.err(internalErrorText(e));
    if (process.env.CCHC_DEBUG) io.err(String((e as Error)?.stack ?? e));
    return INTERNAL_ERROR;
  }
}

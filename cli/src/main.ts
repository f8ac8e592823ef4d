import { parseArgs } from "./args.js";
import { CliError } from "./cliError.js";
import { commands } from "./commands/registry.js";
import { type Io, processIo } from "./io.js";

export function helpText(): string {
  const lines = [
    "cchc — công cụ kế hoạch cải cách hành chính (CCHC)",
    "",
    "Cách dùng:",
    ...commands.map((c) => `  ${c.usage}\n      ${c.summary}`),
    "",
    "Ngày nhập: YYYY-MM-DD hoặc dd/mm/yyyy. Ngày in ra: YYYY-MM-DD.",
    "--format json in một tài liệu JSON. Lỗi: thông báo trên stderr, mã thoát 2.",
  ];
  return lines.join("\n");
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Không có lệnh "${name}". Các lệnh: ${commands.map((c) => c.name).join(", ")}. Xem: cchc --help`);
    return 2;
  }
  const args = parseArgs(rest);
  if (args.options.help) {
    io.out(`${command.usage}\n  ${command.summary}`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    io.err(`Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

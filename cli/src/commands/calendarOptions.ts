import type { CalendarOptions } from "@cchc/core";
import type { ParsedArgs } from "../args.js";
import { CliError } from "../cliError.js";
import { readDateList } from "../options.js";

/** --extra-days-off, --extra-working-days and --ngay-van-hoa, shared by the calendar commands. */
export function readCalendarOptions(args: ParsedArgs): CalendarOptions {
  const options: CalendarOptions = {
    extraDaysOff: readDateList(args.options["extra-days-off"], "ngày nghỉ thêm"),
    extraWorkingDays: readDateList(args.options["extra-working-days"], "ngày làm việc thêm"),
  };
  const vanHoa = args.options["ngay-van-hoa"];
  if (vanHoa !== undefined) {
    if (vanHoa !== true) {
      throw new CliError(
        `--ngay-van-hoa không nhận giá trị (đang ghi "${vanHoa}"): chỉ cần ghi --ngay-van-hoa để nghỉ ngày 24/11 (Ngày Văn hóa Việt Nam, chưa có trong Bộ luật Lao động).`,
      );
    }
    options.ngayVanHoa = true;
  }
  return options;
}

/** The flags of readCalendarOptions. */
export const CALENDAR_FLAGS = { "extra-days-off": "value", "extra-working-days": "value", "ngay-van-hoa": "switch" } as const;

export const CALENDAR_OPTIONS_USAGE = "[--extra-days-off d1,d2…] [--extra-working-days d1,…] [--ngay-van-hoa]";

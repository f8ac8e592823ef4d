import type { CalendarOptions } from "@cchc/core";
import type { ParsedArgs } from "../args.js";
import { readDateList } from "../options.js";

/** --extra-days-off and --extra-working-days, shared by the calendar commands. */
export function readCalendarOptions(args: ParsedArgs): CalendarOptions {
  return {
    extraDaysOff: readDateList(args.options["extra-days-off"], "ngày nghỉ thêm"),
    extraWorkingDays: readDateList(args.options["extra-working-days"], "ngày làm việc thêm"),
  };
}

/** The flags of readCalendarOptions. */
export const CALENDAR_FLAGS = { "extra-days-off": "value", "extra-working-days": "value" } as const;

export const CALENDAR_OPTIONS_USAGE = "[--extra-days-off d1,d2…] [--extra-working-days d1,…]";

import { describe, expect, it } from "vitest";
import { CommandError, userMessage } from "../../../excel-addin/src/commands/commandError.js";

const officeError = (code: string, message = "raw") => Object.assign(new Error(message), { code });

describe("userMessage", () => {
  it("shows our own messages as they are", () => {
    expect(userMessage(new CommandError('Trang "X" đang trống.'))).toBe('Trang "X" đang trống.');
  });
  it("explains Office errors in Vietnamese", () => {
    expect(userMessage(officeError("ItemNotFound"))).toMatch(/^Không tìm thấy trang tính hoặc vùng ô/);
    expect(userMessage(officeError("InvalidOperationInCellEditMode"))).toMatch(/chế độ sửa ô/);
    expect(userMessage(officeError("AccessDenied"))).toMatch(/đang được bảo vệ/);
    expect(userMessage(officeError("ResponsePayloadSizeLimitExceeded"))).toMatch(/quá lớn/);
    expect(userMessage(officeError("GeneralException", "boom"))).toBe("Có lỗi khi làm việc với Excel: boom");
  });
});

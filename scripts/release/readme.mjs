// release/README.md: the install steps for a department's IT officer, in Vietnamese.

/**
 * @param {{ version: string, base: string, excelZip: string, sheetsZip: string, cliTgz: string }} r
 * @returns {string}
 */
export function releaseReadme(r) {
  return `# CCHC – bản phát hành ${r.version}

Ba gói, dựng từ cùng một mã nguồn (cùng quy tắc, cùng kết quả):

| tệp | dùng cho |
|---|---|
| \`${r.excelZip}\` | Phần bổ trợ Excel: ngăn tác vụ, 12 hàm \`CCHC.…\`, \`manifest.xml\` đã trỏ tới ${r.base} |
| \`${r.sheetsZip}\` | Google Sheets: \`appsscript.json\`, \`Code.js\`, \`Sidebar.html\` để dán vào dự án Apps Script |
| \`${r.cliTgz}\` | Công cụ dòng lệnh \`cchc\` (gói npm, không cần tải thêm gì) |

## Excel

1. Giải nén \`${r.excelZip}\` rồi chép **mọi tệp** lên máy chủ web HTTPS của đơn vị (IIS hoặc nginx
   trên mạng nội bộ đều được) sao cho \`${r.base}taskpane.html\` mở được trong trình duyệt.
   Máy chủ cần chứng chỉ HTTPS hợp lệ mà máy người dùng tin cậy.
2. Giao cho người dùng, chọn một trong hai cách:
   - **Có Microsoft 365**: quản trị viên vào *Microsoft 365 admin center › Settings › Integrated apps ›
     Upload custom apps*, chọn *Office Add-in*, tải lên \`manifest.xml\` (trong gói zip), giao cho người
     dùng hoặc nhóm. Có thể mất đến 24 giờ để nút **Kế hoạch CCHC** hiện trong Excel.
   - **Không có Microsoft 365** (Excel trên Windows): chép \`manifest.xml\` vào một thư mục chia sẻ
     (ví dụ \`\\\\maychu\\cchc-addin\`); trên mỗi máy, trong Excel chọn *Tệp › Tùy chọn › Trung tâm Tin cậy ›
     Thiết đặt Trung tâm Tin cậy › Danh mục Phần bổ trợ Tin cậy*, thêm đường dẫn thư mục đó, đánh dấu
     *Hiện trong menu*, khởi động lại Excel, rồi *Trang đầu › Phần bổ trợ › Thư mục dùng chung* và chọn CCHC.
3. Hàm tùy chỉnh cần Excel có bộ yêu cầu CustomFunctionsRuntime và SharedRuntime: Microsoft 365,
   Excel 2021/2024 (bản cập nhật), Excel trên web, Excel cho Mac. Excel 2016/2019 bản mua đứt không chạy
   được phần bổ trợ: hãy dùng công cụ dòng lệnh. Bảng chi tiết: excel-addin/README.md trong mã nguồn.

## Google Sheets

1. Mở bảng tính, chọn *Tiện ích mở rộng › Apps Script*, đặt tên dự án là **CCHC**.
2. Giải nén \`${r.sheetsZip}\`. Trong trình soạn thảo: bật *Cài đặt dự án › Hiện tệp kê khai
   "appsscript.json"*, dán nội dung \`appsscript.json\`; dán \`Code.js\` vào tệp \`Code.gs\`; tạo tệp HTML
   tên \`Sidebar\` và dán \`Sidebar.html\`. Lưu, tải lại bảng tính: trình đơn **Tiện ích bổ sung › CCHC** xuất hiện.
3. Hoặc dùng clasp: \`clasp push\` trong thư mục đã giải nén (có \`.clasp.json\` trỏ tới dự án).

## Dòng lệnh

\`\`\`bash
npm install -g ./${r.cliTgz}     # cài được khi không có Internet: gói đã chứa mọi thứ
cchc due 2025-01-24 5             # 2025-02-07
cchc --help
\`\`\`
Cần Node.js 20 trở lên. Dùng được với mọi phiên bản Excel: đọc, ghi tệp .xlsx/.csv.
`;
}

/**
 * DATA: names of Vietnamese public bodies, so that a responsibility text is cut into units at
 * the right places (issue 10 §2): "Bộ Văn hóa, Thể thao và Du lịch" is one unit, not three;
 * "Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ" is two.
 *
 * Each entry: the name as written in official texts, common abbreviations (aliases), the level,
 * for renamed or merged bodies the successor, and the source. Names are matched on their folded
 * words (no diacritics, any case; "," "-" "–" "&" between words ignored; UBND = Ủy ban nhân dân,
 * HĐND = Hội đồng nhân dân), so "Sở Lao động - Thương binh và Xã hội", "Sở Lao động – Thương binh
 * và Xã hội" and "So Lao dong, Thuong binh va Xa hoi" are one name.
 *
 * Sources (checked December 2026; numbers from the official gazette titles as quoted by the
 * press and provincial portals):
 *  - GOV_2021: cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XV (Nghị quyết của Quốc hội,
 *    07/2021): 18 bộ and 4 cơ quan ngang bộ.
 *  - GOV_2025: Nghị quyết số 176/2025/QH15 ngày 18/02/2025 của Quốc hội về cơ cấu tổ chức của
 *    Chính phủ nhiệm kỳ khóa XV: 14 bộ and 3 cơ quan ngang bộ from 01/03/2025 (Bộ Kế hoạch và Đầu
 *    tư → Bộ Tài chính; Bộ Giao thông vận tải → Bộ Xây dựng; Bộ Tài nguyên và Môi trường and Bộ
 *    Nông nghiệp và Phát triển nông thôn → Bộ Nông nghiệp và Môi trường; Bộ Thông tin và Truyền
 *    thông → Bộ Khoa học và Công nghệ; Bộ Lao động – Thương binh và Xã hội → Bộ Nội vụ; Ủy ban
 *    Dân tộc → Bộ Dân tộc và Tôn giáo).
 *  - GOV_AGENCIES: cơ quan thuộc Chính phủ (Nghị định 123/2016/NĐ-CP and 101/2020/NĐ-CP; after
 *    03/2025 Bảo hiểm xã hội Việt Nam is under Bộ Tài chính).
 *  - SO_2020: Nghị định số 24/2014/NĐ-CP and 107/2020/NĐ-CP: cơ quan chuyên môn thuộc UBND cấp
 *    tỉnh (sở, Thanh tra tỉnh, Văn phòng UBND tỉnh, Ban Dân tộc).
 *  - SO_2025: Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 (12 sở in every province: Sở Nội vụ, Sở
 *    Tư pháp, Sở Tài chính, Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Xây dựng, Sở Khoa học
 *    và Công nghệ, Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo, Sở Y tế, Thanh tra
 *    tỉnh, Văn phòng UBND; in some: Sở Ngoại vụ, Sở Dân tộc và Tôn giáo, Sở Du lịch, Sở Quy hoạch –
 *    Kiến trúc) — text quoted on the Đồng Nai HĐND portal (hdnd.dongnai.gov.vn).
 *  - HUYEN_2020: Nghị định số 37/2014/NĐ-CP and 108/2020/NĐ-CP: phòng chuyên môn thuộc UBND cấp huyện.
 *  - XA_2025: two-level local government from 01/07/2025 (Nghị định 150/2025/NĐ-CP, as reported):
 *    Văn phòng HĐND và UBND, Phòng Kinh tế / Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa – Xã
 *    hội of xã and phường; Trung tâm Phục vụ hành chính công.
 *  - VERTICAL: bodies of central agencies in a province (ngành dọc), party and mass organisations
 *    that appear in CCHC plans (seed plans of Khánh Hòa, issue 10's national resolution).
 *  - GROUPS: blanket groups written in real plans (issue 10; seeds): each is one collective unit.
 */

export type BodyLevel = "central" | "province" | "district" | "commune" | "group";

export interface PublicBody {
  name: string;
  aliases?: readonly string[];
  level: BodyLevel;
  /** For a body merged or renamed in 2025: the body that took over. */
  successor?: string;
  source: keyof typeof BODY_SOURCES;
}

export const BODY_SOURCES = {
  GOV_2021: "Cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XV (2021): 18 bộ, 4 cơ quan ngang bộ",
  GOV_2025: "Nghị quyết số 176/2025/QH15 ngày 18/02/2025 của Quốc hội về cơ cấu tổ chức của Chính phủ: 14 bộ, 3 cơ quan ngang bộ",
  GOV_AGENCIES: "Cơ quan thuộc Chính phủ (Nghị định 123/2016/NĐ-CP, 101/2020/NĐ-CP)",
  SO_2020: "Nghị định số 24/2014/NĐ-CP và 107/2020/NĐ-CP: cơ quan chuyên môn thuộc UBND cấp tỉnh",
  SO_2025: "Nghị định số 45/2025/NĐ-CP ngày 28/02/2025: cơ quan chuyên môn thuộc UBND cấp tỉnh",
  HUYEN_2020: "Nghị định số 37/2014/NĐ-CP và 108/2020/NĐ-CP: cơ quan chuyên môn thuộc UBND cấp huyện",
  XA_2025: "Chính quyền địa phương hai cấp từ 01/07/2025: cơ quan chuyên môn thuộc UBND cấp xã",
  VERTICAL: "Cơ quan ngành dọc, tổ chức đảng, đoàn thể thường gặp trong kế hoạch CCHC",
  GROUPS: "Nhóm cơ quan ghi chung trong kế hoạch (một đơn vị tập thể)",
} as const;

const c = (name: string, source: PublicBody["source"], extra: Partial<PublicBody> = {}): PublicBody => ({ name, level: "central", source, ...extra });
const p = (name: string, source: PublicBody["source"], extra: Partial<PublicBody> = {}): PublicBody => ({ name, level: "province", source, ...extra });
const d = (name: string, source: PublicBody["source"], extra: Partial<PublicBody> = {}): PublicBody => ({ name, level: "district", source, ...extra });
const x = (name: string, source: PublicBody["source"], extra: Partial<PublicBody> = {}): PublicBody => ({ name, level: "commune", source, ...extra });
const g = (name: string, aliases: readonly string[] = []): PublicBody => ({ name, level: "group", source: "GROUPS", aliases });

export const PUBLIC_BODIES: readonly PublicBody[] = Object.freeze([
  // ---- Ministries and ministry-level agencies, 2021–02/2025 (GOV_2021) ----
  c("Bộ Quốc phòng", "GOV_2021", { aliases: ["BQP"] }),
  c("Bộ Công an", "GOV_2021", { aliases: ["BCA"] }),
  c("Bộ Ngoại giao", "GOV_2021"),
  c("Bộ Nội vụ", "GOV_2021", { aliases: ["BNV"] }),
  c("Bộ Tư pháp", "GOV_2021"),
  c("Bộ Kế hoạch và Đầu tư", "GOV_2021", { aliases: ["Bộ KH&ĐT", "Bộ KHĐT"], successor: "Bộ Tài chính" }),
  c("Bộ Tài chính", "GOV_2021"),
  c("Bộ Công Thương", "GOV_2021"),
  c("Bộ Nông nghiệp và Phát triển nông thôn", "GOV_2021", { aliases: ["Bộ NN&PTNT", "Bộ NNPTNT"], successor: "Bộ Nông nghiệp và Môi trường" }),
  c("Bộ Giao thông vận tải", "GOV_2021", { aliases: ["Bộ GTVT"], successor: "Bộ Xây dựng" }),
  c("Bộ Xây dựng", "GOV_2021"),
  c("Bộ Tài nguyên và Môi trường", "GOV_2021", { aliases: ["Bộ TN&MT", "Bộ TNMT"], successor: "Bộ Nông nghiệp và Môi trường" }),
  c("Bộ Thông tin và Truyền thông", "GOV_2021", { aliases: ["Bộ TT&TT", "Bộ TTTT"], successor: "Bộ Khoa học và Công nghệ" }),
  c("Bộ Lao động – Thương binh và Xã hội", "GOV_2021", { aliases: ["Bộ LĐ-TB&XH", "Bộ LĐTBXH"], successor: "Bộ Nội vụ" }),
  c("Bộ Văn hóa, Thể thao và Du lịch", "GOV_2021", { aliases: ["Bộ VH,TT&DL", "Bộ VHTTDL"] }),
  c("Bộ Khoa học và Công nghệ", "GOV_2021", { aliases: ["Bộ KH&CN", "Bộ KHCN"] }),
  c("Bộ Giáo dục và Đào tạo", "GOV_2021", { aliases: ["Bộ GD&ĐT", "Bộ GDĐT"] }),
  c("Bộ Y tế", "GOV_2021"),
  c("Ủy ban Dân tộc", "GOV_2021", { successor: "Bộ Dân tộc và Tôn giáo" }),
  c("Ngân hàng Nhà nước Việt Nam", "GOV_2021", { aliases: ["Ngân hàng Nhà nước", "NHNN"] }),
  c("Thanh tra Chính phủ", "GOV_2021"),
  c("Văn phòng Chính phủ", "GOV_2021", { aliases: ["VPCP"] }),
  // ---- From 03/2025 (GOV_2025): the new ones ----
  c("Bộ Nông nghiệp và Môi trường", "GOV_2025", { aliases: ["Bộ NN&MT", "Bộ NNMT"] }),
  c("Bộ Dân tộc và Tôn giáo", "GOV_2025"),
  // ---- Government agencies and national bodies often named in plans ----
  c("Bảo hiểm xã hội Việt Nam", "GOV_AGENCIES"),
  c("Đài Truyền hình Việt Nam", "GOV_AGENCIES"),
  c("Đài Tiếng nói Việt Nam", "GOV_AGENCIES"),
  c("Thông tấn xã Việt Nam", "GOV_AGENCIES"),
  c("Viện Hàn lâm Khoa học xã hội Việt Nam", "GOV_AGENCIES"),
  c("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "GOV_AGENCIES"),
  c("Ban Quản lý Lăng Chủ tịch Hồ Chí Minh", "GOV_AGENCIES"),
  c("Ủy ban Quản lý vốn nhà nước tại doanh nghiệp", "GOV_AGENCIES"),
  c("Kiểm toán nhà nước", "VERTICAL"),
  c("Tòa án nhân dân tối cao", "VERTICAL"),
  c("Viện kiểm sát nhân dân tối cao", "VERTICAL"),
  c("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "VERTICAL"),
  c("Tổng Liên đoàn Lao động Việt Nam", "VERTICAL"),
  c("Phòng Thương mại và Công nghiệp Việt Nam", "VERTICAL", { aliases: ["VCCI"] }),
  c("Hội đồng Tư vấn cải cách thủ tục hành chính", "VERTICAL"),
  c("Ban Chỉ đạo cải cách hành chính của Chính phủ", "VERTICAL"),
  c("Văn phòng Trung ương Đảng", "VERTICAL"),
  c("Ban Tổ chức Trung ương", "VERTICAL"),
  c("Kho bạc Nhà nước", "VERTICAL"),
  c("Cục Chuyển đổi số quốc gia", "VERTICAL"),
  c("Trung tâm dữ liệu quốc gia", "VERTICAL"),
  c("Cục Kiểm soát thủ tục hành chính", "VERTICAL"),
  c("Cục Cảnh sát quản lý hành chính về trật tự xã hội", "VERTICAL", { aliases: ["Cục C06"] }),
  // ---- Provincial departments (SO_2020 and SO_2025) ----
  p("Sở Nội vụ", "SO_2020"),
  p("Sở Tư pháp", "SO_2020"),
  p("Sở Kế hoạch và Đầu tư", "SO_2020", { aliases: ["Sở KH&ĐT", "Sở KHĐT"], successor: "Sở Tài chính" }),
  p("Sở Tài chính", "SO_2020"),
  p("Sở Công Thương", "SO_2020"),
  p("Sở Nông nghiệp và Phát triển nông thôn", "SO_2020", { aliases: ["Sở NN&PTNT", "Sở NNPTNT"], successor: "Sở Nông nghiệp và Môi trường" }),
  p("Sở Giao thông vận tải", "SO_2020", { aliases: ["Sở GTVT"], successor: "Sở Xây dựng" }),
  p("Sở Xây dựng", "SO_2020"),
  p("Sở Tài nguyên và Môi trường", "SO_2020", { aliases: ["Sở TN&MT", "Sở TNMT"], successor: "Sở Nông nghiệp và Môi trường" }),
  p("Sở Thông tin và Truyền thông", "SO_2020", { aliases: ["Sở TT&TT", "Sở TTTT"], successor: "Sở Khoa học và Công nghệ" }),
  p("Sở Lao động – Thương binh và Xã hội", "SO_2020", { aliases: ["Sở LĐ-TB&XH", "Sở LĐTBXH"], successor: "Sở Nội vụ" }),
  p("Sở Văn hóa, Thể thao và Du lịch", "SO_2020", { aliases: ["Sở VH,TT&DL", "Sở VHTTDL"] }),
  p("Sở Văn hóa và Thể thao", "SO_2020"),
  p("Sở Văn hóa, Thể thao", "SO_2020"),
  p("Sở Du lịch", "SO_2020"),
  p("Sở Khoa học và Công nghệ", "SO_2020", { aliases: ["Sở KH&CN", "Sở KHCN"] }),
  p("Sở Giáo dục và Đào tạo", "SO_2020", { aliases: ["Sở GD&ĐT", "Sở GDĐT"] }),
  p("Sở Y tế", "SO_2020"),
  p("Sở Ngoại vụ", "SO_2020"),
  p("Sở Quy hoạch – Kiến trúc", "SO_2020"),
  p("Sở Giao thông vận tải – Xây dựng", "SO_2020"),
  p("Thanh tra tỉnh", "SO_2020"),
  p("Văn phòng UBND tỉnh", "SO_2020", { aliases: ["VP UBND tỉnh", "Văn phòng UBND thành phố", "Văn phòng UBND"] }),
  p("Ban Dân tộc", "SO_2020", { successor: "Sở Dân tộc và Tôn giáo" }),
  p("Ban Dân tộc tỉnh", "SO_2020", { successor: "Sở Dân tộc và Tôn giáo" }),
  p("Sở Nông nghiệp và Môi trường", "SO_2025", { aliases: ["Sở NN&MT", "Sở NNMT"] }),
  p("Sở Dân tộc và Tôn giáo", "SO_2025"),
  // ---- Provincial bodies outside the sở list, and vertical bodies in a province ----
  p("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "SO_2025", { aliases: ["Văn phòng Đoàn ĐBQH và HĐND tỉnh"] }),
  p("Văn phòng HĐND tỉnh", "SO_2020"),
  p("Ban Quản lý Khu kinh tế", "SO_2025"),
  p("Ban Quản lý các khu công nghiệp", "SO_2025"),
  p("Ban Quản lý Khu kinh tế và các Khu công nghiệp", "SO_2025"),
  p("Trung tâm Phục vụ hành chính công tỉnh", "SO_2025"),
  p("Trung tâm Phục vụ hành chính công", "SO_2025"),
  p("Công an tỉnh", "VERTICAL"),
  p("Bộ Chỉ huy Quân sự tỉnh", "VERTICAL"),
  p("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "VERTICAL"),
  p("Bảo hiểm xã hội tỉnh", "VERTICAL", { aliases: ["BHXH tỉnh"] }),
  p("Cục Thuế tỉnh", "VERTICAL"),
  p("Cục Thống kê tỉnh", "VERTICAL"),
  p("Kho bạc Nhà nước tỉnh", "VERTICAL"),
  p("Cục Hải quan tỉnh", "VERTICAL"),
  p("Đài Phát thanh và Truyền hình tỉnh", "VERTICAL"),
  p("Ban Tổ chức Tỉnh ủy", "VERTICAL"),
  p("Ban Tuyên giáo Tỉnh ủy", "VERTICAL"),
  p("Ban Tuyên giáo và Dân vận Tỉnh ủy", "VERTICAL"),
  p("Ban Nội chính Tỉnh ủy", "VERTICAL"),
  p("Văn phòng Tỉnh ủy", "VERTICAL"),
  p("Ủy ban Kiểm tra Tỉnh ủy", "VERTICAL"),
  p("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "VERTICAL", { aliases: ["Ủy ban MTTQ Việt Nam tỉnh", "UBMTTQ Việt Nam tỉnh", "Ủy ban MTTQ tỉnh"] }),
  p("Liên đoàn Lao động tỉnh", "VERTICAL"),
  p("Tỉnh đoàn", "VERTICAL"),
  p("Hội Liên hiệp Phụ nữ tỉnh", "VERTICAL"),
  p("Hội Nông dân tỉnh", "VERTICAL"),
  p("Hội Cựu chiến binh tỉnh", "VERTICAL"),
  p("Liên minh Hợp tác xã tỉnh", "VERTICAL"),
  p("Tòa án nhân dân tỉnh", "VERTICAL"),
  p("Viện kiểm sát nhân dân tỉnh", "VERTICAL"),
  p("Hiệp hội Doanh nghiệp tỉnh", "VERTICAL"),
  p("Viễn thông tỉnh", "VERTICAL"),
  p("Bưu điện tỉnh", "VERTICAL"),
  p("Trường Chính trị tỉnh", "VERTICAL"),
  // ---- District level (HUYEN_2020) ----
  d("Văn phòng HĐND và UBND huyện", "HUYEN_2020", { aliases: ["Văn phòng HĐND và UBND", "Văn phòng HĐND - UBND huyện", "Văn phòng HĐND - UBND", "Văn phòng HĐND và UBND thành phố", "Văn phòng HĐND và UBND thị xã", "Văn phòng HĐND và UBND quận"] }),
  d("Phòng Nội vụ", "HUYEN_2020"),
  d("Phòng Tư pháp", "HUYEN_2020"),
  d("Phòng Tài chính – Kế hoạch", "HUYEN_2020", { aliases: ["Phòng TC-KH"] }),
  d("Phòng Tài nguyên và Môi trường", "HUYEN_2020", { aliases: ["Phòng TN&MT", "Phòng TNMT"] }),
  d("Phòng Lao động – Thương binh và Xã hội", "HUYEN_2020", { aliases: ["Phòng LĐ-TB&XH", "Phòng LĐTBXH"] }),
  d("Phòng Văn hóa và Thông tin", "HUYEN_2020", { aliases: ["Phòng VH&TT", "Phòng Văn hóa - Thông tin"] }),
  d("Phòng Văn hóa, Khoa học và Thông tin", "HUYEN_2020"),
  d("Phòng Giáo dục và Đào tạo", "HUYEN_2020", { aliases: ["Phòng GD&ĐT", "Phòng GDĐT"] }),
  d("Phòng Y tế", "HUYEN_2020"),
  d("Phòng Kinh tế", "HUYEN_2020"),
  d("Phòng Kinh tế và Hạ tầng", "HUYEN_2020", { aliases: ["Phòng KT&HT", "Phòng KTHT"] }),
  d("Phòng Kinh tế, Hạ tầng và Đô thị", "XA_2025"),
  d("Phòng Quản lý đô thị", "HUYEN_2020", { aliases: ["Phòng QLĐT"] }),
  d("Phòng Nông nghiệp và Phát triển nông thôn", "HUYEN_2020", { aliases: ["Phòng NN&PTNT", "Phòng NNPTNT"] }),
  d("Phòng Nông nghiệp và Môi trường", "HUYEN_2020"),
  d("Phòng Dân tộc", "HUYEN_2020"),
  d("Thanh tra huyện", "HUYEN_2020"),
  d("Ủy ban nhân dân huyện", "HUYEN_2020"),
  d("Công an huyện", "VERTICAL"),
  d("Ban Chỉ huy Quân sự huyện", "VERTICAL"),
  d("Chi cục Thuế", "VERTICAL"),
  d("Chi cục Thống kê", "VERTICAL"),
  d("Bảo hiểm xã hội huyện", "VERTICAL"),
  d("Trung tâm Văn hóa – Thể thao", "HUYEN_2020"),
  d("Trung tâm Văn hóa, Thông tin và Thể thao", "HUYEN_2020"),
  d("Bộ phận Một cửa", "HUYEN_2020", { aliases: ["Bộ phận Tiếp nhận và Trả kết quả", "Bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính"] }),
  // ---- Commune level (XA_2025; commune civil servants' titles) ----
  x("Văn phòng HĐND và UBND xã", "XA_2025", { aliases: ["Văn phòng HĐND và UBND phường", "Văn phòng HĐND - UBND xã"] }),
  x("Phòng Văn hóa – Xã hội", "XA_2025"),
  x("Ủy ban nhân dân xã", "XA_2025"),
  x("Công chức Văn phòng – Thống kê", "XA_2025"),
  x("Công chức Tư pháp – Hộ tịch", "XA_2025"),
  x("Công chức Địa chính – Xây dựng", "XA_2025"),
  x("Công chức Tài chính – Kế toán", "XA_2025"),
  x("Công chức Văn hóa – Xã hội", "XA_2025"),
  // ---- Blanket groups (GROUPS) ----
  g("Bộ, ngành, địa phương", ["Bộ, ngành và địa phương"]),
  g("Các bộ, ngành, địa phương", ["Các bộ, ngành và địa phương"]),
  g("Các bộ, ngành, địa phương là chủ quản CSDLQG", ["Các bộ, ngành, địa phương chủ quản CSDLQG"]),
  g("Các bộ, ngành", ["Bộ, ngành", "Các bộ, ngành Trung ương", "Các Bộ, ngành trung ương"]),
  g("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", ["Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]),
  g("Các bộ, cơ quan ngang bộ", ["Bộ, cơ quan ngang bộ"]),
  g("UBND các tỉnh, thành phố trực thuộc trung ương", ["UBND tỉnh, thành phố trực thuộc trung ương", "UBND các tỉnh, thành phố"]),
  g("Các địa phương", ["Địa phương"]),
  g("Tập đoàn, doanh nghiệp công nghệ số", ["Các tập đoàn, doanh nghiệp công nghệ số", "Các doanh nghiệp công nghệ số"]),
  g("Các tập đoàn, tổng công ty nhà nước", ["Tập đoàn, tổng công ty nhà nước"]),
  g("Doanh nghiệp viễn thông", ["Các doanh nghiệp viễn thông", "Các doanh nghiệp cung cấp dịch vụ viễn thông"]),
  g("Các sở, ban, ngành", ["Sở, ban, ngành", "Các sở, ban, ngành tỉnh", "Các Sở, ban, ngành thuộc tỉnh", "Các sở, ngành"]),
  g("Các sở, ban, ngành, địa phương", ["Sở, ban, ngành, địa phương", "Các sở, ban, ngành và địa phương"]),
  g("Các sở, ban, ngành, UBND cấp huyện", ["Các sở, ban, ngành; UBND cấp huyện", "Sở, ban, ngành, UBND cấp huyện"]),
  g("UBND các huyện, thị xã, thành phố", ["UBND huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố thuộc tỉnh", "UBND các huyện, thành phố", "UBND các huyện, thị xã"]),
  g("UBND các quận, huyện, thị xã", ["UBND quận, huyện, thị xã"]),
  g("UBND cấp huyện", ["UBND các huyện"]),
  g("UBND các xã, phường, thị trấn", ["UBND xã, phường, thị trấn", "UBND các xã, phường", "UBND các xã, phường, đặc khu"]),
  g("UBND cấp xã", ["UBND các xã"]),
  g("Các cơ quan, đơn vị", ["Cơ quan, đơn vị", "Các cơ quan, đơn vị liên quan", "Các cơ quan, đơn vị có liên quan"]),
  g("Các cơ quan, tổ chức, cá nhân có liên quan", ["Các cơ quan, tổ chức có liên quan", "Cơ quan, tổ chức liên quan"]),
  g("Các cơ quan liên quan", ["Cơ quan liên quan", "Các cơ quan có liên quan"]),
  g("Các đơn vị liên quan", ["Đơn vị liên quan", "Các đơn vị có liên quan"]),
  g("Các phòng, ban chuyên môn", ["Các phòng, ban", "Phòng, ban chuyên môn", "Các phòng, ban, đơn vị"]),
  g("Các phòng, đơn vị trực thuộc", ["Các phòng, đơn vị", "Tất cả các phòng, đơn vị trực thuộc", "Các phòng, các đơn vị trực thuộc"]),
  g("Các cơ quan chuyên môn thuộc UBND tỉnh", ["Cơ quan chuyên môn thuộc UBND tỉnh"]),
  g("Các cơ quan, đơn vị, địa phương", ["Cơ quan, đơn vị, địa phương"]),
]);

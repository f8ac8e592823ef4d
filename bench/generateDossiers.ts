/**
 * Generator of a one-stop (một cửa) dossier export that reproduces the province's 2022 figures
 * (seeds/003, DOMAIN.md §4): resolved 596,533 (587,524 early or on time; 9,009 late),
 * pending 18,512 (17,760 within deadline; 752 overdue) → 9,761 late of 615,045 = 1.59 %.
 *
 * Deterministic (no randomness), one row per dossier, 615,045 data rows. The rows exercise the
 * rules: carried over from December 2021, dossiers ended in January 2023 (pending at
 * 31/12/2022), late through a second supplement request, on time only thanks to a supplement
 * pause (Fri request → Mon completion moves a Tuesday appointment to Wednesday; Oct–Nov 2022
 * have no holidays), dates with and without a time, quoted fields with commas.
 *
 * Used by bench/dossiers.bench.ts (writes the CSV to a temp dir) and by the tests (rows in memory).
 * Standalone: npx esbuild bench/generateDossiers.ts --bundle --platform=node --format=esm
 *   --outfile=/tmp/gen.mjs && node -e 'import("/tmp/gen.mjs").then(m=>m.writeProvince2022Csv("/tmp/hoso-2022.csv"))'
 */
import { createWriteStream } from "node:fs";

export const DOSSIER_HEADER = [
  "STT",
  "Mã hồ sơ",
  "Đơn vị",
  "Cán bộ xử lý",
  "Ngày tiếp nhận",
  "Ngày hẹn trả",
  "Ngày kết thúc xử lý",
  "Ngày trả kết quả",
  "Trạng thái",
  "Hình thức nộp",
  "Số lần yêu cầu bổ sung",
  "Ngày yêu cầu bổ sung",
  "Ngày hoàn thành bổ sung",
  "Thanh toán trực tuyến",
];

/** The province's 2022 figures (Báo cáo tổng kết CCHC 2022). */
export const PROVINCE_2022 = {
  total: 615_045,
  resolved: 596_533,
  resolvedOnTimeOrEarly: 587_524,
  resolvedLate: 9_009,
  pending: 18_512,
  pendingWithin: 17_760,
  pendingOverdue: 752,
  late: 9_761,
} as const;

// How the generated list splits the province's figures (sums checked below).
const N_EARLY = 500_000;
const N_ONTIME_PLAIN = 85_524;
const N_ONTIME_PAUSE = 2_000; // on time only because the supplement pause moves the appointment
const N_LATE_PLAIN = 8_000;
const N_LATE_SUPPLEMENTS = 1_009; // ended before the appointment but 2 supplement requests
const N_PENDING_WITHIN_OPEN = 17_260;
const N_PENDING_WITHIN_ENDED_2023 = 500; // ended in January 2023: still pending at 31/12/2022
const N_PENDING_OVERDUE = 752;

const SIZES = [
  N_EARLY,
  N_ONTIME_PLAIN,
  N_ONTIME_PAUSE,
  N_LATE_PLAIN,
  N_LATE_SUPPLEMENTS,
  N_PENDING_WITHIN_OPEN,
  N_PENDING_WITHIN_ENDED_2023,
  N_PENDING_OVERDUE,
];
const STARTS = SIZES.reduce<number[]>((acc, n, i) => [...acc, (acc[i - 1] ?? 0) + (SIZES[i - 1] ?? 0)], []);
const N = SIZES.reduce((a, b) => a + b, 0);
if (N !== PROVINCE_2022.total) throw new Error(`generator sizes sum to ${N}`);
if (N_EARLY + N_ONTIME_PLAIN + N_ONTIME_PAUSE !== PROVINCE_2022.resolvedOnTimeOrEarly) throw new Error("on-time split");

const UNITS = [
  "Sở Tư pháp",
  "Sở Nội vụ",
  "Sở Tài chính",
  "Sở Kế hoạch và Đầu tư",
  "Sở Xây dựng",
  "Sở Giao thông vận tải",
  "Sở Tài nguyên và Môi trường",
  "Sở Công Thương",
  "Sở Y tế",
  "Sở Giáo dục và Đào tạo",
  "Sở Lao động - Thương binh và Xã hội",
  "Sở Văn hóa và Thể thao",
  "Sở Du lịch",
  "Sở Thông tin và Truyền thông",
  "Sở Khoa học và Công nghệ",
  "Sở Nông nghiệp và Phát triển nông thôn",
  "Ban Quản lý Khu kinh tế Vân Phong",
  "UBND thành phố Nha Trang",
  "UBND thành phố Cam Ranh",
  "UBND thị xã Ninh Hòa",
  "UBND huyện Vạn Ninh",
  "UBND huyện Diên Khánh",
  "UBND huyện Cam Lâm",
  "UBND huyện Khánh Vĩnh",
  "UBND huyện Khánh Sơn",
  "UBND huyện Trường Sa",
  "Công an tỉnh Khánh Hòa, Phòng Cảnh sát giao thông",
];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"];
const GIVEN = ["Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thị Hà", "Hữu Khánh", "Thị Lan", "Đức Minh", "Thanh Nga", "Công Phúc"];

const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
const p2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
function vn(day: number, time?: string): string {
  const dt = new Date(day * DAY_MS);
  const s = `${p2(dt.getUTCDate())}/${p2(dt.getUTCMonth() + 1)}/${dt.getUTCFullYear()}`;
  return time ? `${s} ${time}` : s;
}

const JAN1_2022 = dayOf(2022, 1, 1);
const DEC31_2022 = dayOf(2022, 12, 31);
const DEC28_2021 = dayOf(2021, 12, 28);
/** Fridays of October–November 2022 (no public holiday in those months). */
const PAUSE_FRIDAYS = [7, 14, 21, 28].map((d) => dayOf(2022, 10, d)).concat([4, 11, 18, 25].map((d) => dayOf(2022, 11, d)));

export interface GeneratedExpectation {
  received: number;
  carriedOver: number;
  early: number;
  onTime: number;
  late: number;
  pendingWithin: number;
  pendingOverdue: number;
  onlineReceived: number;
}

/** The figures the generated list must give for 01/01/2022–31/12/2022 (counted while generating). */
export function province2022Expectation(): GeneratedExpectation {
  const e: GeneratedExpectation = {
    received: 0,
    carriedOver: 0,
    early: N_EARLY,
    onTime: N_ONTIME_PLAIN + N_ONTIME_PAUSE,
    late: N_LATE_PLAIN + N_LATE_SUPPLEMENTS,
    pendingWithin: N_PENDING_WITHIN_OPEN + N_PENDING_WITHIN_ENDED_2023,
    pendingOverdue: N_PENDING_OVERDUE,
    onlineReceived: 0,
  };
  for (let k = 0; k < N; k++) {
    const carried = isCarried(k);
    if (carried) e.carriedOver++;
    else {
      e.received++;
      if (isOnline(k)) e.onlineReceived++;
    }
  }
  return e;
}

// Row position k → dossier index j (a permutation, so categories are interleaved in the file).
const STEP = 7_919; // prime; coprimality with N is checked below
if (gcd(STEP, N) !== 1) throw new Error("STEP must be coprime with N");
function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
const indexAt = (k: number): number => (k * STEP) % N;
function categoryOf(j: number): number {
  let c = STARTS.length - 1;
  while (j < STARTS[c]) c--;
  return c;
}
/** Early and plain on-time dossiers with k % 40 === 0 were received in December 2021. */
function isCarried(k: number): boolean {
  const c = categoryOf(indexAt(k));
  return (c === 0 || c === 1) && k % 40 === 0;
}
function isOnline(k: number): boolean {
  return (k * 2_654_435_761) % 100 < 55;
}

/** Yields the header, then the 615,045 data rows, as strings (the way a CSV export holds them). */
export function* province2022Rows(): Generator<string[]> {
  yield DOSSIER_HEADER;
  for (let k = 0; k < N; k++) {
    const j = indexAt(k);
    const c = categoryOf(j);
    const local = j - STARTS[c];
    const unit = UNITS[j % UNITS.length];
    const staff = `${FAMILY[j % 10]} ${GIVEN[Math.floor(j / 10) % 10]} ${Math.floor(j / 100) % 40}`;
    const channel = isOnline(k) ? "Trực tuyến" : k % 7 === 0 ? "Bưu chính công ích" : "Trực tiếp";
    const pay = k % 3 === 0 ? "Có" : k % 3 === 1 ? "Không" : "";
    const time = `${p2(7 + (k % 10))}:${p2(k % 60)}`;
    let received: number;
    let appointment: number;
    let end: number | null = null;
    let status: string;
    let count = "";
    let request = "";
    let completed = "";
    const spread = (local * 13) % 330; // 0..329 days into 2022
    switch (c) {
      case 0: // early
      case 1: // on time
      case 3: {
        // late
        if (isCarried(k)) {
          // received 28–31/12/2021, appointment 06–16/01/2022: ends fall in 2022
          received = DEC28_2021 + (local % 4);
          appointment = JAN1_2022 + 5 + (local % 11);
        } else {
          received = JAN1_2022 + spread;
          appointment = received + 5 + (local % 11);
        }
        end = c === 0 ? appointment - 1 - (local % 3) : c === 1 ? appointment : appointment + 1 + (local % 5);
        if (end < received) end = received;
        status = local % 2 === 0 ? "Đã trả kết quả" : "Đã xử lý xong";
        break;
      }
      case 2: {
        // on time thanks to the pause: request Fri F, completed Mon F+3 → 1 working day;
        // appointment Tue F+4 → Wed F+5; ended Wed F+5.
        const f = PAUSE_FRIDAYS[local % PAUSE_FRIDAYS.length];
        received = f - 10;
        appointment = f + 4;
        end = f + 5;
        status = "Đã trả kết quả";
        count = "1";
        request = vn(f);
        completed = vn(f + 3, "09:15");
        break;
      }
      case 4: {
        // ended early but supplements requested twice → late
        received = JAN1_2022 + 30 + (local % 200);
        appointment = received + 20;
        end = received + 12;
        status = "Đã trả kết quả";
        count = "2";
        break;
      }
      case 5: {
        // open, appointment on or after 31/12/2022
        received = dayOf(2022, 12, 1) + (local % 30);
        appointment = DEC31_2022 + (local % 20);
        if (appointment < received) appointment = received;
        status = local % 5 === 0 ? "Chờ bổ sung" : "Đang xử lý";
        break;
      }
      case 6: {
        // ended in January 2023: pending at the end of 2022
        received = dayOf(2022, 12, 20) + (local % 10);
        appointment = DEC31_2022 + 3 + (local % 5);
        end = dayOf(2023, 1, 2) + (local % 10);
        status = "Đã trả kết quả";
        break;
      }
      default: {
        // open and overdue
        received = dayOf(2022, 11, 1) + (local % 25);
        appointment = received + 10 + (local % 5);
        status = "Đang xử lý";
      }
    }
    const endText = end === null ? "" : vn(end, local % 2 === 0 ? "16:30" : undefined);
    yield [
      String(k + 1),
      `000.00.${p2(j % 27)}.H34-${String(j).padStart(6, "0")}`,
      unit,
      staff,
      vn(received, time),
      vn(appointment),
      status === "Đã xử lý xong" ? endText : "",
      status === "Đã xử lý xong" ? "" : endText,
      status,
      channel,
      count,
      request,
      completed,
      pay,
    ];
  }
}

export function csvLine(fields: readonly string[]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(",");
}

/** Write the CSV (UTF-8 with BOM, CRLF, like exports from Windows software). Returns bytes written. */
export async function writeProvince2022Csv(path: string): Promise<{ rows: number; bytes: number }> {
  const out = createWriteStream(path);
  let buf: string[] = ["\ufeff"];
  let rows = 0;
  let bytes = 0;
  const flush = async (): Promise<void> => {
    const chunk = buf.join("");
    buf = [];
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
  };
  for (const row of province2022Rows()) {
    buf.push(csvLine(row), "\r\n");
    rows++;
    if (buf.length >= 4000) await flush();
  }
  await flush();
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { rows: rows - 1, bytes };
}

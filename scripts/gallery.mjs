// Writes www/gallery.html: every chart kind for every example in
// www/examples/. On desktops the gallery's grid gives each chart exactly
// CHART_PX (two fixed columns), and each chart's height attribute reserves
// the height the CLI draws it at that width (plus 4 % for the browser's own
// font metrics; the 720 px band of a chart that scrolls), so nothing moves
// while the charts load. Narrower screens get one fluid column; charts there
// load before they scroll into view. Run it after a layout or an example
// changes (tests/e2e/gallery.test.mjs says when):
//
//   cargo build --quiet && node scripts/gallery.mjs [--bin path/to/rating-chart ...]
//
// With several --bin, each height is the largest any of them draws.
import { readFileSync, writeFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Charts taller than SCROLL_ABOVE_PX scroll inside a band of VIEW_PX.
import { SCROLL_ABOVE_PX, VIEW_PX } from '../www/host/constants.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bins = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--bin' ? [a] : []));
if (!bins.length) bins.push(join(process.env.CARGO_TARGET_DIR || join(root, 'target'), 'debug', 'rating-chart'));
/** The chart width of the desktop grid (see www/gallery.css). */
const CHART_PX = 464;
/** The chart width of the one-column grid on a 320 px phone: the narrowest
 *  the gallery reserves for (wider phones get a little blank space instead
 *  of a shift). */
const PHONE_PX = 302;
const work = mkdtempSync(join(tmpdir(), 'gallery-'));
function reserveAt(file, kind, width) {
  let max = 0;
  for (const bin of bins) {
    const out = join(work, 'x.svg');
    execFileSync(bin, ['render', join(root, 'www/examples', file), '--kind', kind, '--width', String(width), '-o', out], { stdio: ['ignore', 'ignore', 'ignore'] });
    const m = /height="([\d.]+)"/.exec(readFileSync(out, 'utf8').slice(0, 300));
    max = Math.max(max, Number(m[1]));
  }
  return max > SCROLL_ABOVE_PX ? VIEW_PX : Math.ceil((max * 1.04) / 10) * 10;
}
/** The heights attribute: the height at the phone width and at the desktop
 *  grid's width (the element picks by its own width). */
function reserve(file, kind) {
  const phone = reserveAt(file, kind, PHONE_PX);
  const desktop = reserveAt(file, kind, CHART_PX);
  // height: the desktop reservation rating-chart.css makes before any script
  // runs; data-phone-height: the same on narrow screens (www/gallery.css);
  // heights: what the element itself reserves at its own width.
  return `height="${desktop}" data-phone-height="${phone}" heights="${PHONE_PX}:${phone} ${CHART_PX}:${desktop}"`;
}

const KINDS = {
  auto: ['Tự chọn', 'Auto', 'Mặc định khi không đặt <code>display.kind</code>: một nhóm → ô vuông (tổng ≤ 200) hoặc vành khuyên; từ hai kỳ → xu hướng; có mức tích cực và tiêu cực, các mức tiêu cực chiếm từ 10 % một nhóm → phân kỳ; còn lại → xếp chồng.', 'The default without <code>display.kind</code>: one group → waffle (total ≤ 200) or donut; two or more periods → trend; positive and negative tiers, the negative ones holding 10 % or more of some group → diverging; else stacked.'],
  stacked: ['Thanh xếp chồng 100 %', '100 % stacked bars', 'So sánh cơ cấu các mức giữa nhiều nhóm có quy mô khác nhau; lựa chọn an toàn cho nhiều nhóm.', 'Compare the mix of tiers across groups of different sizes; the safe choice for several groups.'],
  diverging: ['Thanh phân kỳ', 'Diverging bars', 'Thang đo có đầu tốt và đầu xấu (kiểu Likert): mức tiêu cực bên trái đường giữa, tích cực bên phải, trung tính chia đôi.', 'Scales with a good and a bad end (Likert): negative tiers left of the centre line, positive right, neutral split across it.'],
  grouped: ['Cột nhóm theo số lượng', 'Grouped bars', 'Khi số tuyệt đối quan trọng hơn tỉ lệ: các nhóm cùng một trục số lượng.', 'When absolute numbers matter more than shares: every group on one axis of counts.'],
  donut: ['Vành khuyên', 'Donut', 'Một nhóm duy nhất với ít mức; tổng số ở giữa.', 'A single group with few tiers; the total in the centre.'],
  waffle: ['Ô vuông', 'Waffle', 'Một nhóm, đọc như “1 trên 5”; mỗi ô là một đơn vị khi tổng nhỏ (như 161 tổ chức).', 'One group read as “1 in 5”; one square per member when the total is small (such as 161 organisations).'],
  trend: ['Xu hướng', 'Trend', 'Tỉ lệ của mỗi mức qua các kỳ (năm); đường dốc khi có đúng hai kỳ.', 'The share of each tier over periods (years); a slope chart for exactly two periods.'],
  multiples: ['Biểu đồ nhỏ lặp lại', 'Small multiples', 'Mỗi nhóm một ô nhỏ, cùng thang đo: khi có nhiều nhóm cần xem riêng.', 'One small panel per group on shared scales: many groups, each seen on its own.'],
  table: ['Bảng số liệu', 'Table', 'Khi bạn đọc cần tra từng con số chính xác, hoặc khi không kiểu nào khác phù hợp.', 'When readers need to look up exact figures, or no other kind fits.'],
};
const ORDER = Object.keys(KINDS);
const FIXTURES = [
  ['hai-duong-2021', 'Hải Dương 2021', 'Seed data',
    'Dữ liệu mẫu: xếp loại năm 2021 ở Hải Dương, ba nhóm có quy mô rất khác nhau (15 tổ chức, 674 tổ chức, 91.400 đảng viên). Tệp chọn sẵn thanh xếp chồng (<code>display.kind</code>); mỗi biểu đồ dưới đây ghi đè bằng thuộc tính <code>kind</code>.',
    'Seed data: Hải Dương’s 2021 ratings, three groups of very different sizes. The file asks for stacked bars (<code>display.kind</code>); each chart below overrides it with the <code>kind</code> attribute.'],
  ['khoi-doanh-nghiep-2021', 'Khối Doanh nghiệp 2021', 'A partial distribution',
    'Phân bố chưa đầy đủ: bài báo chỉ nêu 17 tổ chức tiêu biểu trong 161; phần còn lại hiện là “không báo cáo”. Tệp cũng chọn sẵn thanh xếp chồng.',
    'A partial distribution: the article names only the 17 commended of 161 organisations; the rest shows as “not reported”. This file also asks for stacked bars.'],
  ['likert-city-services', 'Khảo sát dịch vụ đô thị', 'A Likert survey',
    'Khảo sát 5 mức (Likert) có mức trung tính, sáu dịch vụ, nhãn tiếng Anh (en-US).',
    'A 5-point Likert survey with a neutral tier: six services, English labels (en-US).'],
  ['hotel-stars', 'Đánh giá khách sạn', 'Star ratings',
    'Đánh giá từ 1 đến 5 sao của ba khách sạn; các mức không có tính chất tích cực hay tiêu cực (en-GB).',
    'One- to five-star ratings of three hotels; the tiers have no polarity (en-GB).'],
  ['hai-duong-two-periods', 'Hai kỳ 2020 và 2021', 'Two periods',
    'Cùng các nhóm ở hai năm 2020 và 2021 (số liệu 2020 là minh hoạ).',
    'The same groups in 2020 and 2021 (the 2020 figures are illustrative).'],
  ['dang-bo-truc-thuoc', 'Đảng bộ trực thuộc', 'Many groups, long labels',
    'Mười hai nhóm với tên đơn vị tiếng Việt dài (số liệu minh hoạ).',
    'Twelve groups with long Vietnamese names (illustrative figures).'],
  ['approval-three-years', 'Hội đồng thành phố 2020–2023', 'Four years',
    'Bốn năm khảo sát (2020–2023) của hai nhóm tuổi, nhãn tiếng Anh (en-US); một số người không trả lời.',
    'Four yearly surveys (2020–2023) of two age groups, English labels (en-US); some people did not answer.'],
  ['shares-only', 'Chỉ có tỉ lệ phần trăm', 'Shares only',
    'Nguồn chỉ cho tỉ lệ phần trăm, không có số người: biểu đồ chỉ hiện tỉ lệ và ghi rõ điều đó (số liệu minh hoạ).',
    'The source gives percentages but no counts: the chart shows shares only and says so (illustrative figures).'],
];
// Examples without a description above come last, named by their title.
for (const f of readdirSync(join(root, 'www/examples')).filter((f) => f.endsWith('.json')).sort()) {
  const id = f.slice(0, -5);
  if (!FIXTURES.some((x) => x[0] === id)) {
    const d = JSON.parse(readFileSync(join(root, 'www/examples', f), 'utf8'));
    FIXTURES.push([id, d.title || id, 'Example', 'Dữ liệu ví dụ.', 'Example data.']);
  }
}
const present = new Set(readdirSync(join(root, 'www/examples')));
for (let i = FIXTURES.length - 1; i >= 0; i--) if (!present.has(`${FIXTURES[i][0]}.json`)) FIXTURES.splice(i, 1);

function autoKind(d) {
  const total = (g) => g.total ?? Object.values(g.counts).reduce((a, c) => a + (c || 0), 0);
  if (d.groups.length === 1) { const t = total(d.groups[0]); return t > 0 && t <= 200 ? 'waffle' : 'donut'; }
  if (new Set(d.groups.map((g) => g.period).filter((p) => p !== undefined && p !== null).map(String)).size >= 2) return 'trend';
  const pol = new Set(d.tiers.map((t) => t.polarity));
  // Diverging only when the negative tiers hold at least 10 % of some
  // group (DIVERGING_NEGATIVE_MIN in src/model/validate/display.rs).
  const neg = d.tiers.filter((t) => t.polarity === 'negative').map((t) => t.id);
  const weighs = d.groups.some((g) => {
    const v = g.counts ?? g.shares ?? {};
    const whole = g.counts ? total(g) : Object.values(v).reduce((a, c) => a + (c || 0), 0);
    return whole > 0 && neg.reduce((a, id) => a + (v[id] || 0), 0) >= 0.1 * whole;
  });
  if (pol.has('positive') && pol.has('negative') && weighs) return 'diverging';
  return 'stacked';
}
const out = [];
out.push(`<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Các kiểu biểu đồ · Chart gallery — rating-chart</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="rating-chart.css">
  <link rel="stylesheet" href="gallery.css">
  <script type="module" src="rating-chart.js"></script>
</head>
<body>
  <!-- Written by scripts/gallery.mjs: run it again after a layout or an
       example changes. Every chart reserves its space with its height
       attribute (the height the CLI draws it at the desktop grid's 464 px,
       plus 4 %), so nothing moves while the charts load. -->
  <main>
    <header>
      <p class="back"><a href="index.html">rating-chart</a> · <a href="editor.html">Trình soạn <span lang="en">· Editor</span></a></p>
      <h1>Các kiểu biểu đồ <span lang="en">· Chart gallery</span></h1>
      <p>Mỗi bộ dữ liệu được vẽ bằng mọi kiểu biểu đồ, để biên tập viên chọn kiểu hợp với câu chuyện. Nhãn <span class="badge-sample">Tự chọn</span> đánh dấu kiểu mà chế độ tự chọn dùng cho dữ liệu đó.
        <br lang="en"><span lang="en">Every data set drawn in every chart kind, so that editors can pick the one that fits the story. The <span class="badge-sample">Auto</span> badge marks the kind the automatic choice makes for that data.</span></p>
      <nav aria-label="Bộ dữ liệu · Data sets">
        <ul>
${FIXTURES.map(([id, vi, en]) => `          <li><a href="#${id}">${vi} <span lang="en">· ${en}</span></a></li>`).join('\n')}
        </ul>
      </nav>
    </header>
`);
for (const [id, vi, en, aboutVi, aboutEn] of FIXTURES) {
  const d = JSON.parse(readFileSync(join(root, 'www/examples', `${id}.json`), 'utf8'));
  const picked = autoKind(d);
  const lang = (d.locale || 'vi-VN').startsWith('vi') ? '' : ` lang="${d.locale.slice(0, 2)}"`;
  out.push(`
    <section id="${id}" aria-labelledby="${id}-h">
      <h2 id="${id}-h">${vi} <span lang="en">· ${en}</span></h2>
      <p class="about">${aboutVi} <span lang="en">${aboutEn}</span> <a href="examples/${id}.json">${id}.json</a></p>
      <div class="grid">`);
  for (const k of ORDER) {
    const [kvi, ken, uvi, uen] = KINDS[k];
    const pick = k === picked;
    const head = k === 'auto'
      ? `${kvi} → ${KINDS[picked][0]} <span lang="en">· ${ken} → ${KINDS[picked][1].toLowerCase()}</span>`
      : `${kvi} <span lang="en">· ${ken}</span>`;
    out.push(`
        <article class="card${pick ? ' picked' : ''}" data-kind="${k}"${pick ? ' data-auto-pick=""' : ''} aria-labelledby="${id}-${k}">
          <div class="head">
            <h3 id="${id}-${k}">${head} <span class="fx">— ${vi}</span></h3>${pick ? `
            <p class="badge">Tự chọn <span lang="en">· Auto pick</span></p>` : ''}
            <p class="use">${uvi} <span lang="en">${uen}</span></p>
          </div>
          <rating-chart src="examples/${id}.json" kind="${k}" ${reserve(`${id}.json`, k)}${lang}></rating-chart>
        </article>`);
  }
  out.push(`
      </div>
    </section>
`);
}
out.push(`  </main>
</body>
</html>
`);
writeFileSync(join(root, 'www/gallery.html'), out.join(''));
rmSync(work, { recursive: true, force: true });
console.log(`www/gallery.html: ${FIXTURES.length} data sets × ${ORDER.length} kinds`);

// The page's one stylesheet, inlined: system fonts only (nothing to download), colours as
// variables so dark mode and print only swap values. Grade colours for lines and dots are the
// Okabe–Ito colour-blind-safe palette; text colours are darker shades of them that keep a
// contrast of at least 4.5:1 on their backgrounds. Charts carry only classes, styled here.

export const STYLES = `
:root{color-scheme:light dark;--bg:#f5f6f8;--card:#fff;--fg:#1b1f24;--muted:#566070;--line:#dfe3e8;--soft:#f0f2f5;--link:#1f5bc6;
--green:#0a6e4e;--green-bg:#dcf2e8;--yellow:#7d5200;--yellow-bg:#fcecc8;--red:#a8200f;--red-bg:#fde3df;--blue:#1f5bc6;--blue-bg:#e2ebfb;
--c-green:#009e73;--c-yellow:#e69f00;--c-red:#d55e00;--c-none:#8a94a6;--c-pace:#9aa3b2}
@media (prefers-color-scheme:dark){:root{--bg:#111418;--card:#1a1e24;--fg:#e8ebef;--muted:#a2acba;--line:#2e3540;--soft:#222831;--link:#8ab4ff;
--green:#5fd3a6;--green-bg:#123a2d;--yellow:#f3c35c;--yellow-bg:#3b2e0f;--red:#ff9a85;--red-bg:#44201a;--blue:#8ab4ff;--blue-bg:#1b2a45;--c-pace:#6b7585}}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif;-webkit-text-size-adjust:100%}
main{max-width:1200px;margin:0 auto;padding:28px 24px 48px}
a{color:var(--link)}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;color:var(--muted)}
h1{font-size:30px;line-height:1.2;margin:2px 0 6px}
h2.sec{font-size:20px;margin:36px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
h3{font-size:16px;margin:0}
.eyebrow{margin:0;color:var(--muted);font-size:12px;font-weight:600;letter-spacing:.08em;text-transform:uppercase}
.sub{margin:0;color:var(--muted)}
.sub strong{color:var(--fg)}
.note{margin:10px 0 0;padding:8px 12px;border-left:3px solid var(--c-yellow);background:var(--card);border-radius:4px}
.toc{display:flex;flex-wrap:wrap;gap:4px 18px;margin:18px 0 0;padding:0;list-style:none;font-size:14px}
.small{margin:4px 0 0;color:var(--muted);font-size:13px}
.empty{color:var(--muted);font-style:italic}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(210px,1fr));gap:12px;margin-top:20px}
.tile,.unit,.card{background:var(--card);border:1px solid var(--line);border-radius:12px}
.tile{padding:14px 16px}
.tile h2{margin:0 0 6px;font-size:12px;font-weight:600;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
.big{font-size:26px;font-weight:700;line-height:1.3;font-variant-numeric:tabular-nums}
.big .b{font-size:22px;padding:2px 12px}
.bar{height:8px;margin-top:8px;border-radius:4px;background:var(--soft);overflow:hidden}
.bar span{display:block;height:100%;background:var(--link)}
.dist{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px;margin-top:12px}
.dist>div{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:14px 16px}
.dist h3{font-size:13px;color:var(--muted);font-weight:600;margin-bottom:8px}
.counts{display:flex;flex-wrap:wrap;gap:8px 16px;margin:0;padding:0;list-style:none}
.gbar{display:flex;height:26px;border-radius:6px;overflow:hidden;font-size:12px;font-weight:600;gap:2px}
.gbar span{display:flex;align-items:center;justify-content:center;white-space:nowrap;overflow:hidden;min-width:4px}
.gbar .g-green{background:var(--green-bg)}.gbar .g-yellow{background:var(--yellow-bg)}.gbar .g-red{background:var(--red-bg)}.gbar .g-none{background:var(--soft);color:var(--muted)}
figure{margin:0}
figcaption{font-size:13px;color:var(--muted);display:flex;flex-wrap:wrap;gap:4px 16px;align-items:center}
.overall-chart{margin-top:12px;padding:14px 16px 10px;background:var(--card);border:1px solid var(--line);border-radius:12px}
.legend{display:inline-flex;flex-wrap:wrap;gap:4px 8px;align-items:center}
.lg{display:inline-block;width:22px;height:0;border-top:2px solid var(--fg);vertical-align:middle}
.lg-pace{border-top-color:var(--c-pace)}.lg-ln{border-top-width:2.5px}.lg-fc{border-top-style:dashed}.lg-now{border-top:1px dotted var(--muted);width:14px}
.b{display:inline-block;padding:0 8px;border-radius:999px;font-weight:650;font-variant-numeric:tabular-nums;white-space:nowrap}
.b.g-green{color:var(--green);background:var(--green-bg)}.b.g-yellow{color:var(--yellow);background:var(--yellow-bg)}.b.g-red{color:var(--red);background:var(--red-bg)}.b.g-none{color:var(--muted);background:var(--soft);font-weight:500}
span.g-green{color:var(--green)}span.g-yellow{color:var(--yellow)}span.g-red{color:var(--red)}
span.g-green,span.g-yellow,span.g-red,.who{white-space:nowrap}
.st{display:inline-block;padding:0 6px;border:1px solid currentColor;border-radius:4px;font-size:12px;white-space:nowrap;color:var(--muted)}
.st-on_track,.st-green{color:var(--green)}.st-at_risk,.st-yellow{color:var(--yellow)}.st-off_track,.st-red{color:var(--red)}
.st-done{color:var(--blue)}.st-stale{border-style:dashed}.st-dropped{text-decoration:line-through}
.tag{display:inline-block;padding:0 5px;border:1px solid var(--line);border-radius:4px;font-size:11px;color:var(--muted);white-space:nowrap;font-weight:500}
.tag-warn{color:var(--yellow);border-color:currentColor}
.more{font-size:12px;color:var(--muted)}
.chart{display:block;overflow:visible}
.grid{stroke:var(--line);stroke-width:1;fill:none}
.chart .pace{stroke:var(--c-pace);stroke-width:1.5;fill:none}
.now{stroke:var(--muted);stroke-width:1;stroke-dasharray:1 2;fill:none}
.chart .ln{stroke:currentColor;stroke-width:2;fill:none;stroke-linejoin:round;stroke-linecap:round}
.chart .fc{stroke:currentColor;stroke-width:1.5;stroke-dasharray:4 3;fill:none}
.chart .pt{fill:currentColor;stroke:var(--card);stroke-width:1}
.chart .pts{stroke:currentColor;stroke-width:3.6;stroke-linecap:round;fill:none}
.chart .pts-in{stroke:var(--card);stroke-width:1.6;stroke-linecap:round;fill:none}
.chart .pt-src{fill:var(--card);stroke:currentColor;stroke-width:1.5}
.src{font-style:italic}
.defs{position:absolute;width:0;height:0;overflow:hidden}
.chart text{font-size:10px;fill:var(--muted)}
.chart .yl{text-anchor:end;dominant-baseline:middle}
.chart .nl{text-anchor:middle;font-size:9px}
.chart-small{width:140px;height:36px}.chart-small .ln{stroke-width:1.5}.chart-small .pace{stroke-width:1}
.chart-large{width:100%;height:auto}
.chart-medium{width:100%;max-width:360px;height:auto}
svg.g-green{color:var(--c-green)}svg.g-yellow{color:var(--c-yellow)}svg.g-red{color:var(--c-red)}svg.g-none{color:var(--c-none)}
.tools{margin:0 0 8px;display:flex;gap:8px}
button{font:inherit;font-size:13px;padding:3px 10px;border:1px solid var(--line);border-radius:6px;background:var(--card);color:var(--fg);cursor:pointer}
button:hover{background:var(--soft)}
.card{padding:12px 16px}
.tree,.tree ul{list-style:none;margin:0;padding:0}
.tree ul{margin-left:7px;padding-left:16px;border-left:1px solid var(--line)}
.tree li{margin:3px 0}
.tree li.leaf{padding-left:17px}
.tree summary{cursor:pointer;border-radius:6px}
.tree summary:hover{background:var(--soft)}
.nd a{text-decoration:none;font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;color:var(--muted)}
.nd a:hover{text-decoration:underline}
.nd-o>.t{font-weight:600}
:focus-visible{outline:2px solid var(--link);outline-offset:2px}
.unit{margin:14px 0;padding:16px 18px}
.unit-head{display:flex;flex-wrap:wrap;justify-content:space-between;gap:8px 24px;align-items:flex-start}
.unit-head h3{font-size:18px}
.unit-head .facts{margin:2px 0 0;color:var(--muted);font-size:13px}
.unit-score{margin:10px 0 0;font-size:16px}
.wk{font-size:13px;color:var(--muted);white-space:nowrap}
.unit-chart{width:360px;max-width:100%}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:14px;margin-top:8px}
caption{text-align:left;font-weight:600;font-size:13px;color:var(--muted);padding:8px 0 2px}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:middle}
thead th{font-size:12px;font-weight:600;color:var(--muted);white-space:nowrap;border-bottom-width:2px}
.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.obj>*{background:var(--soft)}
tr.obj th{font-weight:600}
tr.kr>td:first-child{padding-left:22px}
td.ch{width:148px;padding-top:3px;padding-bottom:3px}
td.ch .empty{font-size:12px}
tr.dropped{color:var(--muted)}tr.dropped .ch{opacity:.5}
.val{display:block;color:var(--muted);font-size:12px}
.aligns{display:block;font-weight:400;font-size:12px;color:var(--muted)}
tr.oob td:first-child{font-weight:600}
table.health{width:auto;min-width:min(100%,560px)}
table.lines{margin-top:16px}
.in2{padding-left:24px}.in3{padding-left:40px}.in4{padding-left:56px}.in5{padding-left:72px}.in6{padding-left:88px}
.att{margin:10px 0;padding:10px 16px;background:var(--card);border:1px solid var(--line);border-radius:12px}
.att>summary{cursor:pointer;display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 12px}
.att>summary::before{content:"▸";color:var(--muted);width:12px}
.att[open]>summary::before{content:"▾"}
.att>summary::-webkit-details-marker{display:none}
.att h3{display:inline}
.count{display:inline-block;min-width:24px;padding:0 7px;border-radius:999px;background:var(--red-bg);color:var(--red);text-align:center;font-size:13px}
.att-none .count{background:var(--soft);color:var(--muted)}
.hint{color:var(--muted);font-size:13px}
.count-none{background:var(--soft);color:var(--muted)}
.att-list td{padding-top:3px;padding-bottom:3px}
.att-list td.t{max-width:34em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.att-more>summary{cursor:pointer;margin:6px 0;color:var(--link);font-size:14px}
.why{display:inline-block;margin:1px 2px 1px 0;padding:0 6px;border-radius:4px;font-size:12px;white-space:nowrap;background:var(--soft);color:var(--muted)}
.why-off_track{background:var(--red-bg);color:var(--red)}.why-at_risk,.why-will_miss{background:var(--yellow-bg);color:var(--yellow)}
.problems{margin:16px 0 0;padding:10px 16px;background:var(--card);border:1px solid var(--line);border-left:4px solid var(--c-red);border-radius:8px}
.problems h2{margin:0 0 6px;font-size:16px}
.problems ul{margin:0;padding-left:20px}
.problems li{margin:2px 0}
.kr-note{display:block;font-size:12px;color:var(--fg);opacity:.85}
.conf{white-space:nowrap}.conf .old{color:var(--muted);font-size:12px}
footer{margin-top:40px;color:var(--muted);font-size:12px}
@page{margin:14mm}
@media print{
:root{--bg:#fff;--card:#fff;--soft:#f3f4f6}
body{font-size:10.5pt;background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
main{max-width:none;padding:0}
.toc,.tools,.att>summary::before{display:none}
.tiles{grid-template-columns:repeat(4,1fr);gap:8px}.dist{grid-template-columns:1fr 1fr;gap:8px}
.tile,.dist>div{padding:8px 10px}.big{font-size:18pt}.big .b{font-size:15pt}
table{font-size:8.5pt}th,td{padding:3px 4px}thead th{white-space:normal;font-size:8pt}
td.ch{width:100px}.chart-small{width:96px;height:25px}
.att-list td.t{white-space:normal;max-width:none}
.who{white-space:normal}
.unit{padding:10px 12px}.unit-chart{width:300px}
a{color:inherit;text-decoration:none}
h2.sec{break-after:avoid}
.tile,.dist>div,.overall-chart,.unit,.att{border-color:#ccc}
figure,svg,.tile,.unit-head,tr,thead,.gbar{break-inside:avoid}
table{break-inside:auto}
thead{display:table-header-group}
.unit{break-inside:avoid-page}
.scroll{overflow:visible}
details::details-content{content-visibility:visible;display:block}
}
`;

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  storeFromArgs,
  storeHelp,
  storeOptions
} from "./chunk-FFMGCVIG.js";
import {
  UsageError,
  parseOptions
} from "./chunk-AZM2U62R.js";
import {
  assertValidFolderSet,
  planFolder,
  underFolder
} from "./chunk-2HDRYXPZ.js";
import {
  TIMINGS_GLOB,
  selectedTimingRuns,
  timingFiles,
  timingsReport
} from "./chunk-RZFQSYN5.js";
import "./chunk-67ZF6F7B.js";
import {
  checkoutBranch,
  defaultSeriesOptions,
  folderOf,
  loadHistorySeries,
  noHistoryError,
  passRate,
  placeOf
} from "./chunk-MFUEGSJT.js";
import {
  buildKind,
  durationOf,
  historyOptions,
  runsOf,
  succeeded
} from "./chunk-B4HPPAY6.js";
import "./chunk-EONKB2LE.js";
import {
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH
} from "./chunk-AAX545PN.js";
import "./chunk-Y2ZIECC3.js";
import {
  appendOptionsOf,
  backoffDelayMs,
  defaultRetryPolicy,
  withStore
} from "./chunk-QZTMOEK6.js";
import "./chunk-UYZVAHX6.js";
import "./chunk-SJTDOQFR.js";
import {
  DEFAULT_TIMINGS_BRANCH
} from "./chunk-Q3MNSYLY.js";
import "./chunk-2E3GCFBA.js";
import "./chunk-ZTKIKJK3.js";
import {
  checkFileSizes,
  fileLimitsFromEnv,
  siteWording
} from "./chunk-HJJNKDAN.js";
import {
  InputError,
  TransientError,
  WriteError,
  assertSafeBranch,
  emptyDict,
  messageOf
} from "./chunk-V7MP4ZTR.js";
import "./chunk-RXARMASY.js";

// src/jobs/dashboard.ts
import { lstat, mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/site/data.ts
var epoch = (iso) => Math.floor(Date.parse(iso) / 1e3);
var dayEpoch = (day) => epoch(`${day}T00:00:00Z`);
var round4 = (v) => v === null ? null : Math.round(v * 1e4) / 1e4;
function batchesData(series) {
  const passRateViews = emptyDict();
  for (const [ecosystem, s] of Object.entries(series.passRates)) {
    passRateViews[ecosystem] = {
      x: s.days.map(dayEpoch),
      series: Object.fromEntries(
        Object.entries(s.platforms).map(([platform, days]) => [
          platform,
          {
            rate: days.map((c) => c ? round4(passRate(c.passed, c.tested)) : null),
            tested: days.map((c) => c?.tested ?? 0),
            passed: days.map((c) => c?.passed ?? 0)
          }
        ])
      )
    };
  }
  const categories = emptyDict();
  for (const [ecosystem, perPlatform] of Object.entries(series.categories))
    categories[ecosystem] = Object.fromEntries(
      Object.entries(perPlatform).map(([platform, c]) => [
        platform,
        { x: c.weeks.map(epoch), series: c.categories }
      ])
    );
  const matrixEcosystems = Object.keys(series.matrix).sort();
  const matrixPlatforms = series.platforms.filter(
    (p) => matrixEcosystems.some((e) => series.matrix[e][p])
  );
  const weeks = series.macos.weeks;
  const current = series.macos.current;
  return {
    runs: series.runs,
    failures: series.failures,
    from: series.from,
    to: series.to,
    ecosystems: series.ecosystems,
    platforms: series.platforms,
    passRate: passRateViews,
    categories,
    matrix: {
      ecosystems: matrixEcosystems,
      platforms: matrixPlatforms,
      cells: matrixEcosystems.map(
        (e) => matrixPlatforms.map((p) => {
          const c = series.matrix[e][p];
          return c ? {
            failureRate: round4(c.failureRate),
            tested: c.tested,
            failed: c.failed,
            batches: c.batches
          } : null;
        })
      )
    },
    macos: {
      x: weeks.map((w) => epoch(w.weekStart)),
      minutes: weeks.map((w) => Math.round(w.minutes * 10) / 10),
      batches: weeks.map((w) => w.batches),
      without: weeks.map((w) => w.without),
      budget: current?.budgetMinutes ?? 0,
      current: current && {
        weekStart: current.weekStart,
        usedMinutes: current.usedMinutes,
        projectedMinutes: current.projectedMinutes,
        burnPerDay: current.burnPerDay,
        overBudget: current.overBudget
      }
    },
    latest: series.latest.map((b) => ({
      ...b,
      platforms: Object.fromEntries(
        Object.entries(b.platforms).map(([p, c]) => [
          p,
          {
            tested: c.tested,
            passed: c.passed,
            failed: c.failed,
            rate: round4(passRate(c.passed, c.tested))
          }
        ])
      )
    })),
    idleSince: series.idleSince,
    folded: series.folded
  };
}
function timingsData(report, runs) {
  const phases = report.phases.map((p) => {
    const regressions = new Map([
      ...p.changes.filter((c) => c.regression).map((c) => [c.start, c.meanAfterSeconds / c.meanBeforeSeconds]),
      ...p.regressions.map((r) => [r.start, r.ratio])
    ]);
    return {
      env: p.env,
      phase: p.phase,
      runs: p.runs,
      successes: p.successes,
      successRate: p.successRate,
      medianSeconds: p.medianSeconds ?? null,
      p95Seconds: p.p95Seconds ?? null,
      regressionRule: p.regressionRule,
      points: runsOf(runs, p.env, p.phase).map((row) => {
        const ratio = regressions.get(row.start_time_utc);
        return {
          t: epoch(row.start_time_utc),
          seconds: durationOf(row) ?? null,
          ok: succeeded(row),
          exitCode: row.exit_code,
          buildId: row.build_id,
          kind: buildKind(row),
          ...ratio !== void 0 ? { regression: Math.round(ratio * 100) / 100 } : {}
        };
      })
    };
  });
  return { runs: report.runs, phases };
}
var newest = (times) => times.reduce(
  (a, t) => t !== void 0 && (a === void 0 || t > a) ? t : a,
  void 0
);
function siteData(parts) {
  return {
    title: parts.title,
    asOf: newest([parts.batches?.to, ...parts.timings?.runs.map((r) => r.start_time_utc) ?? []]),
    source: parts.source,
    ...parts.batches ? { batches: batchesData(parts.batches) } : {},
    ...parts.timings ? { timings: timingsData(parts.timings.report, parts.timings.runs) } : {}
  };
}

// src/site/model.ts
var DATA_GLOBAL = "CI_LEDGER_DASHBOARD";

// src/site/page.ts
var escapeHtml = (s) => s.replace(
  /[&<>"']/g,
  (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
);
function section(id, title, intro, extra = "") {
  return `<section id="${id}" aria-labelledby="${id}-title" class="panel">
<h2 id="${id}-title">${title}</h2>
<p class="intro">${intro}</p>${extra}
<div class="charts" id="${id}-charts"></div>
<details class="numbers" id="${id}-numbers"><summary>Numbers (table)</summary><div class="table-wrap" tabindex="0" role="region" aria-label="${title}: numbers"></div></details>
<p class="downloads">Data behind this chart: <button type="button" data-download="${id}" data-format="csv">CSV</button> <button type="button" data-download="${id}" data-format="json">JSON</button></p>
</section>`;
}
function indexHtml(data) {
  const title = escapeHtml(data.title);
  const batches = data.batches ? [
    section(
      "pass-rate",
      "Pass rate per platform",
      "Tests passed / tests run, per UTC day (every batch of the day summed). Drag across the chart to zoom to a time range; double-click to reset."
    ),
    section(
      "categories",
      "Failure categories per platform",
      "Failure records per week, by category, one chart per platform. Records that name no ecosystem (per-recipe lines) count under every ecosystem, as in the reports."
    ),
    section(
      "matrix",
      "Ecosystem \xD7 platform failure rate",
      "Tests failed / tests run over the whole history; darker is worse."
    ),
    section(
      "macos",
      "macOS minutes per week",
      "Runner minutes of the darwin platforms per week, against the weekly budget; this week projected from its burn so far."
    ),
    section(
      "latest",
      "Latest batches",
      "The latest batches that tested anything, newest first, with their failing recipes.",
      '\n<p><label for="latest-search">Search recipes, batches, platforms, categories</label> <input type="search" id="latest-search" autocomplete="off"></p>'
    ),
    section(
      "diff",
      "What changed between two batches",
      "Pick two of the latest batches: pass rate per platform, recipes newly failing and fixed.",
      '\n<p class="pickers"><label for="diff-a">From batch</label> <select id="diff-a"></select> <label for="diff-b">to batch</label> <select id="diff-b"></select></p>'
    )
  ].join("\n") : "";
  const timings = data.timings ? section(
    "timings",
    "Build timings",
    "Duration of each run per env and phase: successful runs on the line (persistent and ephemeral builds as separate series), failed runs as marks off the line, regressions ringed, as report timings finds them: the first run of a slower level that change-point detection finds (8 or more successful runs), or a run over 1.5\xD7 the median of the successful runs before it (fewer). p50/p95 are of the successful runs."
  ) : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="stylesheet" href="assets/app.css">
</head>
<body>
<header>
<h1>${title}</h1>
<div id="summary" class="summary"></div>
</header>
<nav aria-label="Sections" id="toc"></nav>
<main>
<div id="filters" class="filters" role="group" aria-label="Filters">
<div class="filter"><label for="f-ecosystem">Ecosystem</label> <select id="f-ecosystem"></select></div>
<fieldset class="filter" id="f-platforms"><legend>Platforms</legend></fieldset>
<div class="filter"><label for="f-from">From</label> <input type="date" id="f-from"> <label for="f-to">to</label> <input type="date" id="f-to"> <button type="button" id="f-reset">Whole history</button></div>
</div>
${batches}
${timings}
</main>
<footer><p id="generated"></p><p><a href="assets/licenses.txt">Licenses of the bundled chart library</a></p></footer>
<script src="data.js"></script>
<script src="assets/app.js"></script>
</body>
</html>
`;
}
function dataScript(data) {
  return `window.${DATA_GLOBAL} = JSON.parse(${JSON.stringify(JSON.stringify(data))});
`;
}
function siteFiles(data, assets) {
  return [
    { path: "index.html", content: indexHtml(data) },
    { path: "data.js", content: dataScript(data) },
    { path: "assets/app.js", content: assets.js },
    { path: "assets/app.css", content: assets.css },
    { path: "assets/licenses.txt", content: assets.licenses },
    // GitHub Pages would run Jekyll over the folder otherwise.
    { path: ".nojekyll", content: "" }
  ];
}

// src/jobs/dashboard.ts
async function pageAssets() {
  if (true)
    return { js: '"use strict";(()=>{var Hi="uplot",Fi="u-hz",Vi="u-vt",Ii="u-title",Ni="u-wrap",Wi="u-under",ji="u-over",Gi="u-axis",pl="u-off",Ui="u-select",Yi="u-cursor-x",Ki="u-cursor-y",qi="u-cursor-pt",Zi="u-legend",Ji="u-live",Qi="u-inline",Xi="u-series",ea="u-marker",Ts="u-label",ta="u-value",sn="width",rn="height";var Ms="bottom",Bl="left",po="right",Do="#000",Es=Do+"0",mo="mousemove",Ls="mousedown",ho="mouseup",As="mouseenter",Ds="mouseleave",Ps="dblclick",la="resize",na="scroll",Cs="change",An="dppxchange",Po="--",Wl=typeof window<"u",xo=Wl?document:null,Hl=Wl?window:null,oa=Wl?navigator:null,ie,Tn;function So(){let e=devicePixelRatio;ie!=e&&(ie=e,Tn&&ko(Cs,Tn,So),Tn=matchMedia(`(min-resolution: ${ie-.001}dppx) and (max-resolution: ${ie+.001}dppx)`),dl(Cs,Tn,So),Hl.dispatchEvent(new CustomEvent(An)))}function ot(e,t){if(t!=null){let o=e.classList;!o.contains(t)&&o.add(t)}}function vo(e,t){let o=e.classList;o.contains(t)&&o.remove(t)}function ye(e,t,o){e.style[t]=o+"px"}function vt(e,t,o,n){let r=xo.createElement(e);return t!=null&&ot(r,t),o?.insertBefore(r,n),r}function mt(e,t){return vt("div",e,t)}var Rs=new WeakMap;function $t(e,t,o,n,r){let f="translate("+t+"px,"+o+"px)",a=Rs.get(e);f!=a&&(e.style.transform=f,Rs.set(e,f),t<0||o<0||t>n||o>r?ot(e,pl):vo(e,pl))}var $s=new WeakMap;function Os(e,t,o){let n=t+o,r=$s.get(e);n!=r&&($s.set(e,n),e.style.background=t,e.style.borderColor=o)}var Bs=new WeakMap;function zs(e,t,o,n){let r=t+""+o,f=Bs.get(e);r!=f&&(Bs.set(e,r),e.style.height=o+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-o/2+"px":0)}var Co={passive:!0},sa={...Co,capture:!0};function dl(e,t,o,n){t.addEventListener(e,o,n?sa:Co)}function ko(e,t,o,n){t.removeEventListener(e,o,Co)}Wl&&So();function kt(e,t,o,n){let r;o=o||0,n=n||t.length-1;let f=n<=2147483647;for(;n-o>1;)r=f?o+n>>1:st((o+n)/2),t[r]<e?o=r:n=r;return e-t[o]<=t[n]-e?o:n}function ur(e){return(o,n,r)=>{let f=-1,a=-1;for(let d=n;d<=r;d++)if(e(o[d])){f=d;break}for(let d=r;d>=n;d--)if(e(o[d])){a=d;break}return[f,a]}}var pr=e=>e!=null,dr=e=>e!=null&&e>0,Cn=ur(pr),ra=ur(dr);function ia(e,t,o,n=0,r=!1){let f=r?ra:Cn,a=r?dr:pr;[t,o]=f(e,t,o);let d=e[t],u=e[t];if(t>-1)if(n==1)d=e[t],u=e[o];else if(n==-1)d=e[o],u=e[t];else for(let p=t;p<=o;p++){let g=e[p];a(g)&&(g<d?d=g:g>u&&(u=g))}return[d??de,u??-de]}function Rn(e,t,o,n){let r=Vs(e),f=Vs(t);e==t&&(r==-1?(e*=o,t/=o):(e/=o,t*=o));let a=o==10?Vt:mr,d=r==1?st:ht,u=f==1?ht:st,p=d(a(Pe(e))),g=u(a(Pe(t))),h=Fl(o,p),w=Fl(o,g);return o==10&&(p<0&&(h=me(h,-p)),g<0&&(w=me(w,-g))),n||o==2?(e=h*r,t=w*f):(e=wr(e,h),t=$n(t,w)),[e,t]}function Ro(e,t,o,n){let r=Rn(e,t,o,n);return e==0&&(r[0]=0),t==0&&(r[1]=0),r}var $o=.1,Hs={mode:3,pad:$o},cn={pad:0,soft:null,mode:0},aa={min:cn,max:cn};function Dn(e,t,o,n){return On(o)?Fs(e,t,o):(cn.pad=o,cn.soft=n?0:null,cn.mode=n?3:0,Fs(e,t,aa))}function se(e,t){return e??t}function ca(e,t,o){for(t=se(t,0),o=se(o,e.length-1);t<=o;){if(e[t]!=null)return!0;t++}return!1}function Fs(e,t,o){let n=o.min,r=o.max,f=se(n.pad,0),a=se(r.pad,0),d=se(n.hard,-de),u=se(r.hard,de),p=se(n.soft,de),g=se(r.soft,-de),h=se(n.mode,0),w=se(r.mode,0),_=t-e,v=Vt(_),O=Ke(Pe(e),Pe(t)),B=Vt(O),z=Pe(B-v);(_<1e-24||z>10)&&(_=0,(e==0||t==0)&&(_=1e-24,h==2&&p!=de&&(f=0),w==2&&g!=-de&&(a=0)));let k=_||O||1e3,H=Vt(k),y=Fl(10,st(H)),$=k*(_==0?e==0?.1:1:f),E=me(wr(e-$,y/10),24),M=e>=p&&(h==1||h==3&&E<=p||h==2&&E>=p)?p:de,F=Ke(d,E<M&&e>=M?M:_t(M,E)),Y=k*(_==0?t==0?.1:1:a),Z=me($n(t+Y,y/10),24),L=t<=g&&(w==1||w==3&&Z>=g||w==2&&Z<=g)?g:-de,Q=_t(u,Z>L&&t<=L?L:Ke(L,Z));return F==Q&&F==0&&(Q=100),[F,Q]}var fa=new Intl.NumberFormat(Wl?oa.language:"en-US"),Oo=e=>fa.format(e),rt=Math,Ln=rt.PI,Pe=rt.abs,st=rt.floor,De=rt.round,ht=rt.ceil,_t=rt.min,Ke=rt.max,Fl=rt.pow,Vs=rt.sign,Vt=rt.log10,mr=rt.log2,ua=(e,t=1)=>rt.sinh(e)*t,go=(e,t=1)=>rt.asinh(e/t),de=1/0;function Is(e){return(Vt((e^e>>31)-(e>>31))|0)+1}function _o(e,t,o){return _t(Ke(e,t),o)}function hr(e){return typeof e=="function"}function te(e){return hr(e)?e:()=>e}var pa=()=>{},gr=e=>e,br=(e,t)=>t,da=e=>null,Ns=e=>!0,Ws=(e,t)=>e==t,ma=/\\.\\d*?(?=9{6,}|0{6,})/gm,ml=e=>{if(xr(e)||Jt.has(e))return e;let t=`${e}`,o=t.match(ma);if(o==null)return e;let n=o[0].length-1;if(t.indexOf("e-")!=-1){let[r,f]=t.split("e");return+`${ml(r)}e${f}`}return me(e,n)};function fl(e,t){return ml(me(ml(e/t))*t)}function $n(e,t){return ml(ht(ml(e/t))*t)}function wr(e,t){return ml(st(ml(e/t))*t)}function me(e,t=0){if(xr(e))return e;let o=10**t,n=e*o*(1+Number.EPSILON);return De(n)/o}var Jt=new Map;function yr(e){return((""+e).split(".")[1]||"").length}function un(e,t,o,n){let r=[],f=n.map(yr);for(let a=t;a<o;a++){let d=Pe(a),u=me(Fl(e,a),d);for(let p=0;p<n.length;p++){let g=e==10?+`${n[p]}e${a}`:n[p]*u,h=(a>=0?0:d)+(a>=f[p]?0:f[p]),w=e==10?g:me(g,h);r.push(w),Jt.set(w,h)}}return r}var fn={},Bo=[],Vl=[null,null],Zt=Array.isArray,xr=Number.isInteger,ha=e=>e===void 0;function js(e){return typeof e=="string"}function On(e){let t=!1;if(e!=null){let o=e.constructor;t=o==null||o==Object}return t}function ga(e){return e!=null&&typeof e=="object"}var ba=Object.getPrototypeOf(Uint8Array),Sr="__proto__";function Il(e,t=On){let o;if(Zt(e)){let n=e.find(r=>r!=null);if(Zt(n)||t(n)){o=Array(e.length);for(let r=0;r<e.length;r++)o[r]=Il(e[r],t)}else o=e.slice()}else if(e instanceof ba)o=e.slice();else if(t(e)){o={};for(let n in e)n!=Sr&&(o[n]=Il(e[n],t))}else o=e;return o}function Ee(e){let t=arguments;for(let o=1;o<t.length;o++){let n=t[o];for(let r in n)r!=Sr&&(On(e[r])?Ee(e[r],Il(n[r])):e[r]=Il(n[r]))}return e}var wa=0,ya=1,xa=2;function Sa(e,t,o){for(let n=0,r,f=-1;n<t.length;n++){let a=t[n];if(a>f){for(r=a-1;r>=0&&e[r]==null;)e[r--]=null;for(r=a+1;r<o&&e[r]==null;)e[f=r++]=null}}}function va(e,t){if(Ta(e)){let a=e[0].slice();for(let d=1;d<e.length;d++)a.push(...e[d].slice(1));return Ma(a[0])||(a=_a(a)),a}let o=new Set;for(let a=0;a<e.length;a++){let u=e[a][0],p=u.length;for(let g=0;g<p;g++)o.add(u[g])}let n=[Array.from(o).sort((a,d)=>a-d)],r=n[0].length,f=new Map;for(let a=0;a<r;a++)f.set(n[0][a],a);for(let a=0;a<e.length;a++){let d=e[a],u=d[0];for(let p=1;p<d.length;p++){let g=d[p],h=Array(r).fill(void 0),w=t?t[a][p]:ya,_=[];for(let v=0;v<g.length;v++){let O=g[v],B=f.get(u[v]);O===null?w!=wa&&(h[B]=O,w==xa&&_.push(B)):h[B]=O}Sa(h,_,r),n.push(h)}}return n}var ka=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function _a(e){let t=e[0],o=t.length,n=Array(o);for(let f=0;f<n.length;f++)n[f]=f;n.sort((f,a)=>t[f]-t[a]);let r=[];for(let f=0;f<e.length;f++){let a=e[f],d=Array(o);for(let u=0;u<o;u++)d[u]=a[n[u]];r.push(d)}return r}function Ta(e){let t=e[0][0],o=t.length;for(let n=1;n<e.length;n++){let r=e[n][0];if(r.length!=o)return!1;if(r!=t){for(let f=0;f<o;f++)if(r[f]!=t[f])return!1}}return!0}function Ma(e,t=100){let o=e.length;if(o<=1)return!0;let n=0,r=o-1;for(;n<=r&&e[n]==null;)n++;for(;r>=n&&e[r]==null;)r--;if(r<=n)return!0;let f=Ke(1,st((r-n+1)/t));for(let a=e[n],d=n+f;d<=r;d+=f){let u=e[d];if(u!=null){if(u<=a)return!1;a=u}}return!0}var vr=["January","February","March","April","May","June","July","August","September","October","November","December"],kr=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function _r(e){return e.slice(0,3)}var Ea=kr.map(_r),La=vr.map(_r),Aa={MMMM:vr,MMM:La,WWWW:kr,WWW:Ea};function on(e){return(e<10?"0":"")+e}function Da(e){return(e<10?"00":e<100?"0":"")+e}var Pa={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>on(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>on(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>on(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>on(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>on(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Da(e.getMilliseconds())};function zo(e,t){t=t||Aa;let o=[],n=/\\{([a-z]+)\\}|[^{]+/gi,r;for(;r=n.exec(e);)o.push(r[0][0]=="{"?Pa[r[1]]:r[0]);return f=>{let a="";for(let d=0;d<o.length;d++)a+=typeof o[d]=="string"?o[d]:o[d](f,t);return a}}var Ca=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Ra(e,t){let o;return t=="UTC"||t=="Etc/UTC"?o=new Date(+e+e.getTimezoneOffset()*6e4):t==Ca?o=e:(o=new Date(e.toLocaleString("en-US",{timeZone:t})),o.setMilliseconds(e.getMilliseconds())),o}var Tr=e=>e%1==0,Pn=[1,2,2.5,5],$a=un(10,-32,0,Pn),Mr=un(10,0,32,Pn),Oa=Mr.filter(Tr),ul=$a.concat(Mr),Ho=`\n`,Er="{YYYY}",Gs=Ho+Er,Lr="{M}/{D}",an=Ho+Lr,Mn=an+"/{YY}",Ar="{aa}",Ba="{h}:{mm}",zl=Ba+Ar,Us=Ho+zl,Ys=":{ss}",ce=null;function Dr(e){let t=e*1e3,o=t*60,n=o*60,r=n*24,f=r*30,a=r*365,u=(e==1?un(10,0,3,Pn).filter(Tr):un(10,-3,0,Pn)).concat([t,t*5,t*10,t*15,t*30,o,o*5,o*10,o*15,o*30,n,n*2,n*3,n*4,n*6,n*8,n*12,r,r*2,r*3,r*4,r*5,r*6,r*7,r*8,r*9,r*10,r*15,f,f*2,f*3,f*4,f*6,a,a*2,a*5,a*10,a*25,a*50,a*100]),p=[[a,Er,ce,ce,ce,ce,ce,ce,1],[r*28,"{MMM}",Gs,ce,ce,ce,ce,ce,1],[r,Lr,Gs,ce,ce,ce,ce,ce,1],[n,"{h}"+Ar,Mn,ce,an,ce,ce,ce,1],[o,zl,Mn,ce,an,ce,ce,ce,1],[t,Ys,Mn+" "+zl,ce,an+" "+zl,ce,Us,ce,1],[e,Ys+".{fff}",Mn+" "+zl,ce,an+" "+zl,ce,Us,ce,1]];function g(h){return(w,_,v,O,B,z)=>{let k=[],H=B>=a,y=B>=f&&B<a,$=h(v),E=me($*e,3),M=bo($.getFullYear(),H?0:$.getMonth(),y||H?1:$.getDate()),F=me(M*e,3);if(y||H){let Y=y?B/f:0,Z=H?B/a:0,L=E==F?E:me(bo(M.getFullYear()+Z,M.getMonth()+Y,1)*e,3),Q=new Date(De(L/e)),V=Q.getFullYear(),K=Q.getMonth();for(let G=0;L<=O;G++){let le=bo(V+Z*G,K+Y*G,1),W=le-h(me(le*e,3));L=me((+le+W)*e,3),L<=O&&k.push(L)}}else{let Y=B>=r?r:B,Z=st(v)-st(E),L=F+Z+$n(E-F,Y);k.push(L);let Q=h(L),V=Q.getHours()+Q.getMinutes()/o+Q.getSeconds()/n,K=B/n,G=w.axes[_]._space,le=z/G;for(;L=me(L+B,e==1?0:3),!(L>O);)if(K>1){let W=st(me(V+K,6))%24,ne=h(L).getHours()-W;ne>1&&(ne=-1),L-=ne*n,V=(V+K)%24;let ue=k[k.length-1];me((L-ue)/B,3)*le>=.7&&k.push(L)}else k.push(L)}return k}}return[u,p,g]}var[za,Ha,Fa]=Dr(1),[Va,Ia,Na]=Dr(.001);un(2,-53,53,[1]);function Ks(e,t){return e.map(o=>o.map((n,r)=>r==0||r==8||n==null?n:t(r==1||o[8]==0?n:o[1]+n)))}function qs(e,t){return(o,n,r,f,a)=>{let d=t.find(v=>a>=v[0])||t[t.length-1],u,p,g,h,w,_;return n.map(v=>{let O=e(v),B=O.getFullYear(),z=O.getMonth(),k=O.getDate(),H=O.getHours(),y=O.getMinutes(),$=O.getSeconds(),E=B!=u&&d[2]||z!=p&&d[3]||k!=g&&d[4]||H!=h&&d[5]||y!=w&&d[6]||$!=_&&d[7]||d[1];return u=B,p=z,g=k,h=H,w=y,_=$,E(O)})}}function Wa(e,t){let o=zo(t);return(n,r,f,a,d)=>r.map(u=>o(e(u)))}function bo(e,t,o){return new Date(e,t,o)}function Zs(e,t){return t(e)}var ja="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Js(e,t){return(o,n,r,f)=>f==null?Po:t(e(n))}function Ga(e,t){let o=e.series[t];return o.width?o.stroke(e,t):o.points.width?o.points.stroke(e,t):null}function Ua(e,t){return e.series[t].fill(e,t)}var Ya={show:!0,live:!0,isolate:!1,mount:pa,markers:{show:!0,width:2,stroke:Ga,fill:Ua,dash:"solid"},idx:null,idxs:null,values:[]};function Ka(e,t){let o=e.cursor.points,n=mt(),r=o.size(e,t);ye(n,sn,r),ye(n,rn,r);let f=r/-2;ye(n,"marginLeft",f),ye(n,"marginTop",f);let a=o.width(e,t,r);return a&&ye(n,"borderWidth",a),n}function qa(e,t){let o=e.series[t].points;return o._fill||o._stroke}function Za(e,t){let o=e.series[t].points;return o._stroke||o._fill}function Ja(e,t){return e.series[t].points.size}var wo=[0,0];function Qa(e,t,o){return wo[0]=t,wo[1]=o,wo}function En(e,t,o,n=!0){return r=>{r.button==0&&(!n||r.target==t)&&o(r)}}function yo(e,t,o,n=!0){return r=>{(!n||r.target==t)&&o(r)}}var Xa={show:!0,x:!0,y:!0,lock:!1,move:Qa,points:{one:!1,show:Ka,size:Ja,width:0,stroke:Za,fill:qa},bind:{mousedown:En,mouseup:En,click:En,dblclick:En,mousemove:yo,mouseleave:yo,mouseenter:yo},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,o,n,r)=>n-r,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Pr={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Fo=Ee({},Pr,{filter:br}),Cr=Ee({},Fo,{size:10}),Rr=Ee({},Pr,{show:!1}),Vo=\'12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"\',$r="bold "+Vo,Or=1.5,Qs={show:!0,scale:"x",stroke:Do,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:$r,side:2,grid:Fo,ticks:Cr,border:Rr,font:Vo,lineGap:Or,rotate:0},ec="Value",tc="Time",Xs={show:!0,scale:"x",auto:!1,sorted:1,min:de,max:-de,idxs:[]};function lc(e,t,o,n,r){return t.map(f=>f==null?"":Oo(f))}function nc(e,t,o,n,r,f,a){let d=[],u=Jt.get(r)||0;o=a?o:me($n(o,r),u);for(let p=o;p<=n;p=me(p+r,u))d.push(Object.is(p,-0)?0:p);return d}function To(e,t,o,n,r,f,a){let d=[],u=e.scales[e.axes[t].scale].log,p=u==10?Vt:mr,g=st(p(o));r=Fl(u,g),u==10&&(r=ul[kt(r,ul)]);let h=o,w=r*u;u==10&&(w=ul[kt(w,ul)]);do d.push(h),h=h+r,u==10&&!Jt.has(h)&&(h=me(h,Jt.get(r))),h>=w&&(r=h,w=r*u,u==10&&(w=ul[kt(w,ul)]));while(h<=n);return d}function oc(e,t,o,n,r,f,a){let u=e.scales[e.axes[t].scale].asinh,p=n>u?To(e,t,Ke(u,o),n,r):[u],g=n>=0&&o<=0?[0]:[];return(o<-u?To(e,t,Ke(u,-n),-o,r):[u]).reverse().map(w=>-w).concat(g,p)}var Br=/./,sc=/[12357]/,rc=/[125]/,er=/1/,Mo=(e,t,o,n)=>e.map((r,f)=>t==4&&r==0||f%n==0&&o.test(r.toExponential()[r<0?1:0])?r:null);function ic(e,t,o,n,r){let f=e.axes[o],a=f.scale,d=e.scales[a],u=e.valToPos,p=f._space,g=u(10,a),h=u(9,a)-g>=p?Br:u(7,a)-g>=p?sc:u(5,a)-g>=p?rc:er;if(h==er){let w=Pe(u(1,a)-g);if(w<p)return Mo(t.slice().reverse(),d.distr,h,ht(p/w)).reverse()}return Mo(t,d.distr,h,1)}function ac(e,t,o,n,r){let f=e.axes[o],a=f.scale,d=f._space,u=e.valToPos,p=Pe(u(1,a)-u(2,a));return p<d?Mo(t.slice().reverse(),3,Br,ht(d/p)).reverse():t}function cc(e,t,o,n){return n==null?Po:t==null?"":Oo(t)}var tr={show:!0,scale:"y",stroke:Do,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:$r,side:3,grid:Fo,ticks:Cr,border:Rr,font:Vo,lineGap:Or,rotate:0};function fc(e,t){let o=3+(e||1)*2;return me(o*t,3)}function uc(e,t){let{scale:o,idxs:n}=e.series[0],r=e._data[0],f=e.valToPos(r[n[0]],o,!0),a=e.valToPos(r[n[1]],o,!0),d=Pe(a-f),u=e.series[t],p=d/(u.points.space*ie);return n[1]-n[0]<=p}var lr={scale:null,auto:!0,sorted:0,min:de,max:-de},zr=(e,t,o,n,r)=>r,nr={show:!0,auto:!0,sorted:0,gaps:zr,alpha:1,facets:[Ee({},lr,{scale:"x"}),Ee({},lr,{scale:"y"})]},or={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:zr,alpha:1,points:{show:uc,filter:null},values:null,min:de,max:-de,idxs:[],path:null,clip:null};function pc(e,t,o,n,r){return o/10}var Hr={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},dc=Ee({},Hr,{time:!1,ori:1}),sr={};function Fr(e,t){let o=sr[e];return o||(o={key:e,plots:[],sub(n){o.plots.push(n)},unsub(n){o.plots=o.plots.filter(r=>r!=n)},pub(n,r,f,a,d,u,p){for(let g=0;g<o.plots.length;g++)o.plots[g]!=r&&o.plots[g].pub(n,r,f,a,d,u,p)}},e!=null&&(sr[e]=o)),o}var Nl=1,Eo=2;function hl(e,t,o){let n=e.mode,r=e.series[t],f=n==2?e._data[t]:e._data,a=e.scales,d=e.bbox,u=f[0],p=n==2?f[1]:f[t],g=n==2?a[r.facets[0].scale]:a[e.series[0].scale],h=n==2?a[r.facets[1].scale]:a[r.scale],w=d.left,_=d.top,v=d.width,O=d.height,B=e.valToPosH,z=e.valToPosV;return g.ori==0?o(r,u,p,g,h,B,z,w,_,v,O,zn,jl,Fn,Ir,Wr):o(r,u,p,g,h,z,B,_,w,O,v,Hn,Gl,Wo,Nr,jr)}function Io(e,t){let o=0,n=0,r=se(e.bands,Bo);for(let f=0;f<r.length;f++){let a=r[f];a.series[0]==t?o=a.dir:a.series[1]==t&&(a.dir==1?n|=1:n|=2)}return[o,n==1?-1:n==2?1:n==3?2:0]}function mc(e,t,o,n,r){let f=e.mode,a=e.series[t],d=f==2?a.facets[1].scale:a.scale,u=e.scales[d];return r==-1?u.min:r==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function It(e,t,o,n,r,f){return hl(e,t,(a,d,u,p,g,h,w,_,v,O,B)=>{let z=a.pxRound,k=p.dir*(p.ori==0?1:-1),H=p.ori==0?jl:Gl,y,$;k==1?(y=o,$=n):(y=n,$=o);let E=z(h(d[y],p,O,_)),M=z(w(u[y],g,B,v)),F=z(h(d[$],p,O,_)),Y=z(w(f==1?g.max:g.min,g,B,v)),Z=new Path2D(r);return H(Z,F,Y),H(Z,E,Y),H(Z,E,M),Z})}function Bn(e,t,o,n,r,f){let a=null;if(e.length>0){a=new Path2D;let d=t==0?Fn:Wo,u=o;for(let h=0;h<e.length;h++){let w=e[h];if(w[1]>w[0]){let _=w[0]-u;_>0&&d(a,u,n,_,n+f),u=w[1]}}let p=o+r-u,g=10;p>0&&d(a,u,n-g/2,p,n+f+g)}return a}function hc(e,t,o){let n=e[e.length-1];n&&n[0]==t?n[1]=o:e.push([t,o])}function No(e,t,o,n,r,f,a){let d=[],u=e.length;for(let p=r==1?o:n;p>=o&&p<=n;p+=r)if(t[p]===null){let h=p,w=p;if(r==1)for(;++p<=n&&t[p]===null;)w=p;else for(;--p>=o&&t[p]===null;)w=p;let _=f(e[h]),v=w==h?_:f(e[w]),O=h-r;_=a<=0&&O>=0&&O<u?f(e[O]):_;let z=w+r;v=a>=0&&z>=0&&z<u?f(e[z]):v,v>=_&&d.push([_,v])}return d}function rr(e){return e==0?gr:e==1?De:t=>fl(t,e)}function Vr(e){let t=e==0?zn:Hn,o=e==0?(r,f,a,d,u,p)=>{r.arcTo(f,a,d,u,p)}:(r,f,a,d,u,p)=>{r.arcTo(a,f,u,d,p)},n=e==0?(r,f,a,d,u)=>{r.rect(f,a,d,u)}:(r,f,a,d,u)=>{r.rect(a,f,u,d)};return(r,f,a,d,u,p=0,g=0)=>{p==0&&g==0?n(r,f,a,d,u):(p=_t(p,d/2,u/2),g=_t(g,d/2,u/2),t(r,f+p,a),o(r,f+d,a,f+d,a+u,p),o(r,f+d,a+u,f,a+u,g),o(r,f,a+u,f,a,g),o(r,f,a,f+d,a,p),r.closePath())}}var zn=(e,t,o)=>{e.moveTo(t,o)},Hn=(e,t,o)=>{e.moveTo(o,t)},jl=(e,t,o)=>{e.lineTo(t,o)},Gl=(e,t,o)=>{e.lineTo(o,t)},Fn=Vr(0),Wo=Vr(1),Ir=(e,t,o,n,r,f)=>{e.arc(t,o,n,r,f)},Nr=(e,t,o,n,r,f)=>{e.arc(o,t,n,r,f)},Wr=(e,t,o,n,r,f,a)=>{e.bezierCurveTo(t,o,n,r,f,a)},jr=(e,t,o,n,r,f,a)=>{e.bezierCurveTo(o,t,r,n,a,f)};function Gr(e){return(t,o,n,r,f)=>hl(t,o,(a,d,u,p,g,h,w,_,v,O,B)=>{let{pxRound:z,points:k}=a,H,y;p.ori==0?(H=zn,y=Ir):(H=Hn,y=Nr);let $=me(k.width*ie,3),E=(k.size-k.width)/2*ie,M=me(E*2,3),F=new Path2D,Y=new Path2D,{left:Z,top:L,width:Q,height:V}=t.bbox;Fn(Y,Z-M,L-M,Q+M*2,V+M*2);let K=G=>{if(u[G]!=null){let le=z(h(d[G],p,O,_)),W=z(w(u[G],g,B,v));H(F,le+E,W),y(F,le,W,E,0,Ln*2)}};if(f)f.forEach(K);else for(let G=n;G<=r;G++)K(G);return{stroke:$>0?F:null,fill:F,clip:Y,flags:Nl|Eo}})}function Ur(e){return(t,o,n,r,f,a)=>{n!=r&&(f!=n&&a!=n&&e(t,o,n),f!=r&&a!=r&&e(t,o,r),e(t,o,a))}}var gc=Ur(jl),bc=Ur(Gl);function Yr(e){let t=se(e?.alignGaps,0);return(o,n,r,f)=>hl(o,n,(a,d,u,p,g,h,w,_,v,O,B)=>{[r,f]=Cn(u,r,f);let z=a.pxRound,k=V=>z(h(V,p,O,_)),H=V=>z(w(V,g,B,v)),y,$;p.ori==0?(y=jl,$=gc):(y=Gl,$=bc);let E=p.dir*(p.ori==0?1:-1),M={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Nl},F=M.stroke,Y=!1;if(f-r>=O*4){let V=I=>o.posToVal(I,p.key,!0),K=null,G=null,le,W,qe,xe=k(d[E==1?r:f]),ne=k(d[r]),ue=k(d[f]),X=V(E==1?ne+1:ue-1);for(let I=E==1?r:f;I>=r&&I<=f;I+=E){let Le=d[I],Se=(E==1?Le<X:Le>X)?xe:k(Le),ae=u[I];Se==xe?ae!=null?(W=ae,K==null?(y(F,Se,H(W)),le=K=G=W):W<K?K=W:W>G&&(G=W)):ae===null&&(Y=!0):(K!=null&&$(F,xe,H(K),H(G),H(le),H(W)),ae!=null?(W=ae,y(F,Se,H(W)),K=G=le=W):(K=G=null,ae===null&&(Y=!0)),xe=Se,X=V(xe+E))}K!=null&&K!=G&&qe!=xe&&$(F,xe,H(K),H(G),H(le),H(W))}else for(let V=E==1?r:f;V>=r&&V<=f;V+=E){let K=u[V];K===null?Y=!0:K!=null&&y(F,k(d[V]),H(K))}let[L,Q]=Io(o,n);if(a.fill!=null||L!=0){let V=M.fill=new Path2D(F),K=a.fillTo(o,n,a.min,a.max,L),G=H(K),le=k(d[r]),W=k(d[f]);E==-1&&([W,le]=[le,W]),y(V,W,G),y(V,le,G)}if(!a.spanGaps){let V=[];Y&&V.push(...No(d,u,r,f,E,k,t)),M.gaps=V=a.gaps(o,n,r,f,V),M.clip=Bn(V,p.ori,_,v,O,B)}return Q!=0&&(M.band=Q==2?[It(o,n,r,f,F,-1),It(o,n,r,f,F,1)]:It(o,n,r,f,F,Q)),M})}function wc(e){let t=se(e.align,1),o=se(e.ascDesc,!1),n=se(e.alignGaps,0),r=se(e.extend,!1);return(f,a,d,u)=>hl(f,a,(p,g,h,w,_,v,O,B,z,k,H)=>{[d,u]=Cn(h,d,u);let y=p.pxRound,{left:$,width:E}=f.bbox,M=ne=>y(v(ne,w,k,B)),F=ne=>y(O(ne,_,H,z)),Y=w.ori==0?jl:Gl,Z={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Nl},L=Z.stroke,Q=w.dir*(w.ori==0?1:-1),V=F(h[Q==1?d:u]),K=M(g[Q==1?d:u]),G=K,le=K;r&&t==-1&&(le=$,Y(L,le,V)),Y(L,K,V);for(let ne=Q==1?d:u;ne>=d&&ne<=u;ne+=Q){let ue=h[ne];if(ue==null)continue;let X=M(g[ne]),I=F(ue);t==1?Y(L,X,V):Y(L,G,I),Y(L,X,I),V=I,G=X}let W=G;r&&t==1&&(W=$+E,Y(L,W,V));let[qe,xe]=Io(f,a);if(p.fill!=null||qe!=0){let ne=Z.fill=new Path2D(L),ue=p.fillTo(f,a,p.min,p.max,qe),X=F(ue);Y(ne,W,X),Y(ne,le,X)}if(!p.spanGaps){let ne=[];ne.push(...No(g,h,d,u,Q,M,n));let ue=p.width*ie/2,X=o||t==1?ue:-ue,I=o||t==-1?-ue:ue;ne.forEach(Le=>{Le[0]+=X,Le[1]+=I}),Z.gaps=ne=p.gaps(f,a,d,u,ne),Z.clip=Bn(ne,w.ori,B,z,k,H)}return xe!=0&&(Z.band=xe==2?[It(f,a,d,u,L,-1),It(f,a,d,u,L,1)]:It(f,a,d,u,L,xe)),Z})}function ir(e,t,o,n,r,f,a=de){if(e.length>1){let d=null;for(let u=0,p=1/0;u<e.length;u++)if(t[u]!==void 0){if(d!=null){let g=Pe(e[u]-e[d]);g<p&&(p=g,a=Pe(o(e[u],n,r,f)-o(e[d],n,r,f)))}d=u}}return a}function yc(e){e=e||fn;let t=se(e.size,[.6,de,1]),o=e.align||0,n=e.gap||0,r=e.radius;r=r==null?[0,0]:typeof r=="number"?[r,0]:r;let f=te(r),a=1-t[0],d=se(t[1],de),u=se(t[2],1),p=se(e.disp,fn),g=se(e.each,_=>{}),{fill:h,stroke:w}=p;return(_,v,O,B)=>hl(_,v,(z,k,H,y,$,E,M,F,Y,Z,L)=>{let Q=z.pxRound,V=o,K=n*ie,G=d*ie,le=u*ie,W,qe;y.ori==0?[W,qe]=f(_,v):[qe,W]=f(_,v);let xe=y.dir*(y.ori==0?1:-1),ne=y.ori==0?Fn:Wo,ue=y.ori==0?g:(C,he,Ae,xl,ll,Lt,nl)=>{g(C,he,Ae,ll,xl,nl,Lt)},X=se(_.bands,Bo).find(C=>C.series[0]==v),I=X!=null?X.dir:0,Le=z.fillTo(_,v,z.min,z.max,I),We=Q(M(Le,$,L,Y)),Se,ae,bt,Xe=Z,ke=Q(z.width*ie),Et=!1,zt=null,at=null,jt=null,bl=null;h!=null&&(ke==0||w!=null)&&(Et=!0,zt=h.values(_,v,O,B),at=new Map,new Set(zt).forEach(C=>{C!=null&&at.set(C,new Path2D)}),ke>0&&(jt=w.values(_,v,O,B),bl=new Map,new Set(jt).forEach(C=>{C!=null&&bl.set(C,new Path2D)})));let{x0:wl,size:Zl}=p;if(wl!=null&&Zl!=null){V=1,k=wl.values(_,v,O,B),wl.unit==2&&(k=k.map(Ae=>_.posToVal(F+Ae*Z,y.key,!0)));let C=Zl.values(_,v,O,B);Zl.unit==2?ae=C[0]*Z:ae=E(C[0],y,Z,F)-E(0,y,Z,F),Xe=ir(k,H,E,y,Z,F,Xe),bt=Xe-ae+K}else Xe=ir(k,H,E,y,Z,F,Xe),bt=Xe*a+K,ae=Xe-bt;bt<1&&(bt=0),ke>=ae/2&&(ke=0),bt<5&&(Q=gr);let hn=bt>0,el=Xe-bt-(hn?ke:0);ae=Q(_o(el,le,G)),Se=(V==0?ae/2:V==xe?0:ae)-V*xe*((V==0?K/2:0)+(hn?ke/2:0));let je={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},yl=Et?null:new Path2D,Ht=null;if(X!=null)Ht=_.data[X.series[1]];else{let{y0:C,y1:he}=p;C!=null&&he!=null&&(H=he.values(_,v,O,B),Ht=C.values(_,v,O,B))}let tl=W*ae,J=qe*ae;for(let C=xe==1?O:B;C>=O&&C<=B;C+=xe){let he=H[C];if(he==null)continue;if(Ht!=null){let Ze=Ht[C]??0;if(he-Ze==0)continue;We=M(Ze,$,L,Y)}let Ae=y.distr!=2||p!=null?k[C]:C,xl=E(Ae,y,Z,F),ll=M(se(he,Le),$,L,Y),Lt=Q(xl-Se),nl=Q(Ke(ll,We)),et=Q(_t(ll,We)),ct=nl-et;if(he!=null){let Ze=he<0?J:tl,wt=he<0?tl:J;Et?(ke>0&&jt[C]!=null&&ne(bl.get(jt[C]),Lt,et+st(ke/2),ae,Ke(0,ct-ke),Ze,wt),zt[C]!=null&&ne(at.get(zt[C]),Lt,et+st(ke/2),ae,Ke(0,ct-ke),Ze,wt)):ne(yl,Lt,et+st(ke/2),ae,Ke(0,ct-ke),Ze,wt),ue(_,v,C,Lt-ke/2,et,ae+ke,ct)}}return ke>0?je.stroke=Et?bl:yl:Et||(je._fill=z.width==0?z._fill:z._stroke??z._fill,je.width=0),je.fill=Et?at:yl,je})}function xc(e,t){let o=se(t?.alignGaps,0);return(n,r,f,a)=>hl(n,r,(d,u,p,g,h,w,_,v,O,B,z)=>{[f,a]=Cn(p,f,a);let k=d.pxRound,H=W=>k(w(W,g,B,v)),y=W=>k(_(W,h,z,O)),$,E,M;g.ori==0?($=zn,M=jl,E=Wr):($=Hn,M=Gl,E=jr);let F=g.dir*(g.ori==0?1:-1),Y=H(u[F==1?f:a]),Z=Y,L=[],Q=[];for(let W=F==1?f:a;W>=f&&W<=a;W+=F)if(p[W]!=null){let xe=u[W],ne=H(xe);L.push(Z=ne),Q.push(y(p[W]))}let V={stroke:e(L,Q,$,M,E,k),fill:null,clip:null,band:null,gaps:null,flags:Nl},K=V.stroke,[G,le]=Io(n,r);if(d.fill!=null||G!=0){let W=V.fill=new Path2D(K),qe=d.fillTo(n,r,d.min,d.max,G),xe=y(qe);M(W,Z,xe),M(W,Y,xe)}if(!d.spanGaps){let W=[];W.push(...No(u,p,f,a,F,H,o)),V.gaps=W=d.gaps(n,r,f,a,W),V.clip=Bn(W,g.ori,v,O,B,z)}return le!=0&&(V.band=le==2?[It(n,r,f,a,K,-1),It(n,r,f,a,K,1)]:It(n,r,f,a,K,le)),V})}function Sc(e){return xc(vc,e)}function vc(e,t,o,n,r,f){let a=e.length;if(a<2)return null;let d=new Path2D;if(o(d,e[0],t[0]),a==2)n(d,e[1],t[1]);else{let u=Array(a),p=Array(a-1),g=Array(a-1),h=Array(a-1);for(let w=0;w<a-1;w++)g[w]=t[w+1]-t[w],h[w]=e[w+1]-e[w],p[w]=g[w]/h[w];u[0]=p[0];for(let w=1;w<a-1;w++)p[w]===0||p[w-1]===0||p[w-1]>0!=p[w]>0?u[w]=0:(u[w]=3*(h[w-1]+h[w])/((2*h[w]+h[w-1])/p[w-1]+(h[w]+2*h[w-1])/p[w]),isFinite(u[w])||(u[w]=0));u[a-1]=p[a-2];for(let w=0;w<a-1;w++)r(d,e[w]+h[w]/3,t[w]+u[w]*h[w]/3,e[w+1]-h[w]/3,t[w+1]-u[w+1]*h[w]/3,e[w+1],t[w+1])}return d}var Lo=new Set;function ar(){for(let e of Lo)e.syncRect(!0)}Wl&&(dl(la,Hl,ar),dl(na,Hl,ar,!0),dl(An,Hl,()=>{He.pxRatio=ie}));var kc=Yr(),_c=Gr();function cr(e,t,o,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((f,a)=>Ao(f,a,t,o))}function Tc(e,t){return e.map((o,n)=>n==0?{}:Ee({},t,o))}function Ao(e,t,o,n){return Ee({},t==0?o:n,e)}function Kr(e,t,o){return t==null?Vl:[t,o]}var Mc=Kr;function Ec(e,t,o){return t==null?Vl:Dn(t,o,$o,!0)}function qr(e,t,o,n){return t==null?Vl:Rn(t,o,e.scales[n].log,!1)}var Lc=qr;function Zr(e,t,o,n){return t==null?Vl:Ro(t,o,e.scales[n].log,!1)}var Ac=Zr;function Dc(e,t,o,n,r){let f=Ke(Is(e),Is(t)),a=t-e,d=kt(r/n*a,o);do{let u=o[d],p=n*u/a;if(p>=r&&f+(u<5?Jt.get(u):0)<=17)return[u,p]}while(++d<o.length);return[0,0]}function fr(e){let t,o;return e=e.replace(/(\\d+)px/,(n,r)=>(t=De((o=+r)*ie))+"px"),[e,t,o]}function Pc(e){e.show&&[e.font,e.labelFont].forEach(t=>{let o=me(t[2]*ie,1);t[0]=t[0].replace(/[0-9.]+px/,o+"px"),t[1]=o})}function He(e,t,o){let n={mode:se(e.mode,1)},r=n.mode;function f(l,s,i,c){let m=s.valToPct(l);return c+i*(s.dir==-1?1-m:m)}function a(l,s,i,c){let m=s.valToPct(l);return c+i*(s.dir==-1?m:1-m)}function d(l,s,i,c){return s.ori==0?f(l,s,i,c):a(l,s,i,c)}n.valToPosH=f,n.valToPosV=a;let u=!1;n.status=0;let p=n.root=mt(Hi);if(e.id!=null&&(p.id=e.id),ot(p,e.class),e.title){let l=mt(Ii,p);l.textContent=e.title}let g=vt("canvas"),h=n.ctx=g.getContext("2d"),w=mt(Ni,p);dl("click",w,l=>{l.target===v&&(ge!=Pl||ve!=Cl)&&Ve.click(n,l)},!0);let _=n.under=mt(Wi,w);w.appendChild(g);let v=n.over=mt(ji,w);e=Il(e);let O=+se(e.pxAlign,1),B=rr(O);(e.plugins||[]).forEach(l=>{l.opts&&(e=l.opts(n,e)||e)});let z=e.ms||.001,k=n.series=r==1?cr(e.series||[],Xs,or,!1):Tc(e.series||[null],nr),H=n.axes=cr(e.axes||[],Qs,tr,!0),y=n.scales={},$=n.bands=e.bands||[];$.forEach(l=>{l.fill=te(l.fill||null),l.dir=se(l.dir,-1)});let E=r==2?k[1].facets[0].scale:k[0].scale,M={axes:ki,series:wi},F=(e.drawOrder||["axes","series"]).map(l=>M[l]);function Y(l){let s=l.distr==3?i=>Vt(i>0?i:l.clamp(n,i,l.min,l.max,l.key)):l.distr==4?i=>go(i,l.asinh):l.distr==100?i=>l.fwd(i):i=>i;return i=>{let c=s(i),{_min:m,_max:b}=l,x=b-m;return(c-m)/x}}function Z(l){let s=y[l];if(s==null){let i=(e.scales||fn)[l]||fn;if(i.from!=null){Z(i.from);let c=Ee({},y[i.from],i,{key:l});c.valToPct=Y(c),y[l]=c}else{s=y[l]=Ee({},l==E?Hr:dc,i),s.key=l;let c=s.time,m=s.range,b=Zt(m);if((l!=E||r==2&&!c)&&(b&&(m[0]==null||m[1]==null)&&(m={min:m[0]==null?Hs:{mode:1,hard:m[0],soft:m[0]},max:m[1]==null?Hs:{mode:1,hard:m[1],soft:m[1]}},b=!1),!b&&On(m))){let x=m;m=(S,T,D)=>T==null?Vl:Dn(T,D,x)}s.range=te(m||(c?Mc:l==E?s.distr==3?Lc:s.distr==4?Ac:Kr:s.distr==3?qr:s.distr==4?Zr:Ec)),s.auto=te(b?!1:s.auto),s.clamp=te(s.clamp||pc),s._min=s._max=null,s.valToPct=Y(s)}}}Z("x"),Z("y"),r==1&&k.forEach(l=>{Z(l.scale)}),H.forEach(l=>{Z(l.scale)});for(let l in e.scales)Z(l);let L=y[E],Q=L.distr,V,K;L.ori==0?(ot(p,Fi),V=f,K=a):(ot(p,Vi),V=a,K=f);let G={};for(let l in y){let s=y[l];(s.min!=null||s.max!=null)&&(G[l]={min:s.min,max:s.max},s.min=s.max=null)}let le=e.tzDate||(l=>new Date(De(l/z))),W=e.fmtDate||zo,qe=z==1?Fa(le):Na(le),xe=qs(le,Ks(z==1?Ha:Ia,W)),ne=Js(le,Zs(ja,W)),ue=[],X=n.legend=Ee({},Ya,e.legend),I=n.cursor=Ee({},Xa,{drag:{y:r==2}},e.cursor),Le=X.show,We=I.show,Se=X.markers;X.idxs=ue,Se.width=te(Se.width),Se.dash=te(Se.dash),Se.stroke=te(Se.stroke),Se.fill=te(Se.fill);let ae,bt,Xe,ke=[],Et=[],zt,at=!1,jt={};if(X.live){let l=k[1]?k[1].values:null;at=l!=null,zt=at?l(n,1,0):{_:0};for(let s in zt)jt[s]=Po}if(Le)if(ae=vt("table",Zi,p),Xe=vt("tbody",null,ae),X.mount(n,ae),at){bt=vt("thead",null,ae,Xe);let l=vt("tr",null,bt);vt("th",null,l);for(var bl in zt)vt("th",Ts,l).textContent=bl}else ot(ae,Qi),X.live&&ot(ae,Ji);let wl={show:!0},Zl={show:!1};function hn(l,s){if(s==0&&(at||!X.live||r==2))return Vl;let i=[],c=vt("tr",Xi,Xe,Xe.childNodes[s]);ot(c,l.class),l.show||ot(c,pl);let m=vt("th",null,c);if(Se.show){let S=mt(ea,m);if(s>0){let T=Se.width(n,s);T&&(S.style.border=T+"px "+Se.dash(n,s)+" "+Se.stroke(n,s)),S.style.background=Se.fill(n,s)}}let b=mt(Ts,m);l.label instanceof HTMLElement?b.appendChild(l.label):b.textContent=l.label,s>0&&(Se.show||(b.style.color=l.width>0?Se.stroke(n,s):Se.fill(n,s)),je("click",m,S=>{if(I._lock)return;sl(S);let T=k.indexOf(l);if((S.ctrlKey||S.metaKey)!=X.isolate){let D=k.some((P,R)=>R>0&&R!=T&&P.show);k.forEach((P,R)=>{R>0&&Dt(R,D?R==T?wl:Zl:wl,!0,Me.setSeries)})}else Dt(T,{show:!l.show},!0,Me.setSeries)},!1),vl&&je(As,m,S=>{I._lock||(sl(S),Dt(k.indexOf(l),$l,!0,Me.setSeries))},!1));for(var x in zt){let S=vt("td",ta,c);S.textContent="--",i.push(S)}return[c,i]}let el=new Map;function je(l,s,i,c=!0){let m=el.get(s)||{},b=I.bind[l](n,s,i,c);b&&(dl(l,s,m[l]=b),el.set(s,m))}function yl(l,s,i){let c=el.get(s)||{};for(let m in c)(l==null||m==l)&&(ko(m,s,c[m]),delete c[m]);l==null&&el.delete(s)}let Ht=0,tl=0,J=0,C=0,he=0,Ae=0,xl=he,ll=Ae,Lt=J,nl=C,et=0,ct=0,Ze=0,wt=0;n.bbox={};let Wn=!1,gn=!1,Sl=!1,ol=!1,bn=!1,ft=!1;function jn(l,s,i){(i||l!=n.width||s!=n.height)&&qo(l,s),El(!1),Sl=!0,gn=!0,Ll()}function qo(l,s){n.width=Ht=J=l,n.height=tl=C=s,he=Ae=0,ui(),pi();let i=n.bbox;et=i.left=fl(he*ie,.5),ct=i.top=fl(Ae*ie,.5),Ze=i.width=fl(J*ie,.5),wt=i.height=fl(C*ie,.5)}let ai=3;function ci(){let l=!1,s=0;for(;!l;){s++;let i=Si(s),c=vi(s);l=s==ai||i&&c,l||(qo(n.width,n.height),gn=!0)}}function fi({width:l,height:s}){jn(l,s)}n.setSize=fi;function ui(){let l=!1,s=!1,i=!1,c=!1;H.forEach((m,b)=>{if(m.show&&m._show){let{side:x,_size:S}=m,T=x%2,D=m.label!=null?m.labelSize:0,P=S+D;P>0&&(T?(J-=P,x==3?(he+=P,c=!0):i=!0):(C-=P,x==0?(Ae+=P,l=!0):s=!0))}}),rl[0]=l,rl[1]=i,rl[2]=s,rl[3]=c,J-=Gt[1]+Gt[3],he+=Gt[3],C-=Gt[2]+Gt[0],Ae+=Gt[0]}function pi(){let l=he+J,s=Ae+C,i=he,c=Ae;function m(b,x){switch(b){case 1:return l+=x,l-x;case 2:return s+=x,s-x;case 3:return i-=x,i+x;case 0:return c-=x,c+x}}H.forEach((b,x)=>{if(b.show&&b._show){let S=b.side;b._pos=m(S,b._size),b.label!=null&&(b._lpos=m(S,b.labelSize))}})}if(I.dataIdx==null){let l=I.hover,s=l.skip=new Set(l.skip??[]);s.add(void 0);let i=l.prox=te(l.prox),c=l.bias??=0;I.dataIdx=(m,b,x,S)=>{if(b==0)return x;let T=x,D=i(m,b,x,S)??de,P=D>=0&&D<de,R=L.ori==0?J:C,q=I.left,re=t[0],oe=t[b];if(s.has(oe[x])){T=null;let ee=null,U=null,N;if(c==0||c==-1)for(N=x;ee==null&&N-- >0;)s.has(oe[N])||(ee=N);if(c==0||c==1)for(N=x;U==null&&N++<oe.length;)s.has(oe[N])||(U=N);if(ee!=null||U!=null)if(P){let we=ee==null?-1/0:V(re[ee],L,R,0),_e=U==null?1/0:V(re[U],L,R,0),ze=q-we,pe=_e-q;ze<=pe?ze<=D&&(T=ee):pe<=D&&(T=U)}else T=U==null?ee:ee==null?U:x-ee<=U-x?ee:U}else P&&Pe(q-V(re[x],L,R,0))>D&&(T=null);return T}}let sl=l=>{I.event=l};I.idxs=ue,I._lock=!1;let Ne=I.points;Ne.show=te(Ne.show),Ne.size=te(Ne.size),Ne.stroke=te(Ne.stroke),Ne.width=te(Ne.width),Ne.fill=te(Ne.fill);let At=n.focus=Ee({},e.focus||{alpha:.3},I.focus),vl=At.prox>=0,kl=vl&&Ne.one,ut=[],_l=[],Tl=[];function Zo(l,s){let i=Ne.show(n,s);if(i instanceof HTMLElement)return ot(i,qi),ot(i,l.class),$t(i,-10,-10,J,C),v.insertBefore(i,ut[s]),i}function Jo(l,s){if(r==1||s>0){let i=r==1&&y[l.scale].time,c=l.value;l.value=i?js(c)?Js(le,Zs(c,W)):c||ne:c||cc,l.label=l.label||(i?tc:ec)}if(kl||s>0){l.width=l.width==null?1:l.width,l.paths=l.paths||kc||da,l.fillTo=te(l.fillTo||mc),l.pxAlign=+se(l.pxAlign,O),l.pxRound=rr(l.pxAlign),l.stroke=te(l.stroke||null),l.fill=te(l.fill||null),l._stroke=l._fill=l._paths=l._focus=null;let i=fc(Ke(1,l.width),1),c=l.points=Ee({},{size:i,width:Ke(1,i*.2),stroke:l.stroke,space:i*2,paths:_c,_stroke:null,_fill:null},l.points);c.show=te(c.show),c.filter=te(c.filter),c.fill=te(c.fill),c.stroke=te(c.stroke),c.paths=te(c.paths),c.pxAlign=l.pxAlign}if(Le){let i=hn(l,s);ke.splice(s,0,i[0]),Et.splice(s,0,i[1]),X.values.push(null)}if(We){ue.splice(s,0,null);let i=null;kl?s==0&&(i=Zo(l,s)):s>0&&(i=Zo(l,s)),ut.splice(s,0,i),_l.splice(s,0,0),Tl.splice(s,0,0)}Be("addSeries",s)}function di(l,s){s=s??k.length,l=r==1?Ao(l,s,Xs,or):Ao(l,s,{},nr),k.splice(s,0,l),Jo(k[s],s)}n.addSeries=di;function mi(l){if(k.splice(l,1),Le){X.values.splice(l,1),Et.splice(l,1);let s=ke.splice(l,1)[0];yl(null,s.firstChild),s.remove()}We&&(ue.splice(l,1),ut.splice(l,1)[0].remove(),_l.splice(l,1),Tl.splice(l,1)),Be("delSeries",l)}n.delSeries=mi;let rl=[!1,!1,!1,!1];function hi(l,s){if(l._show=l.show,l.show){let i=l.side%2,c=y[l.scale];c==null&&(l.scale=i?k[1].scale:E,c=y[l.scale]);let m=c.time;l.size=te(l.size),l.space=te(l.space),l.rotate=te(l.rotate),Zt(l.incrs)&&l.incrs.forEach(x=>{!Jt.has(x)&&Jt.set(x,yr(x))}),l.incrs=te(l.incrs||(c.distr==2?Oa:m?z==1?za:Va:ul)),l.splits=te(l.splits||(m&&c.distr==1?qe:c.distr==3?To:c.distr==4?oc:nc)),l.stroke=te(l.stroke),l.grid.stroke=te(l.grid.stroke),l.ticks.stroke=te(l.ticks.stroke),l.border.stroke=te(l.border.stroke);let b=l.values;l.values=Zt(b)&&!Zt(b[0])?te(b):m?Zt(b)?qs(le,Ks(b,W)):js(b)?Wa(le,b):b||xe:b||lc,l.filter=te(l.filter||(c.distr>=3&&c.log==10?ic:c.distr==3&&c.log==2?ac:br)),l.font=fr(l.font),l.labelFont=fr(l.labelFont),l._size=l.size(n,null,s,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(rl[s]=!0,l._el=mt(Gi,w))}}function Jl(l,s,i,c){let[m,b,x,S]=i,T=s%2,D=0;return T==0&&(S||b)&&(D=s==0&&!m||s==2&&!x?De(Qs.size/3):0),T==1&&(m||x)&&(D=s==1&&!b||s==3&&!S?De(tr.size/2):0),D}let Qo=n.padding=(e.padding||[Jl,Jl,Jl,Jl]).map(l=>te(se(l,Jl))),Gt=n._padding=Qo.map((l,s)=>l(n,s,rl,0)),Fe,Ce=null,Re=null,wn=r==1?k[0].idxs:null,yt=null,Ql=!1;function Xo(l,s){if(t=l??[],n.data=n._data=t,r==2){Fe=0;for(let i=1;i<k.length;i++)Fe+=t[i][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),yt=t[0],Fe=yt.length;let i=t;if(Q==2){i=t.slice();let c=i[0]=Array(Fe);for(let m=0;m<Fe;m++)c[m]=m}n._data=t=i}if(El(!0),Be("setData"),Q==2&&(Sl=!0),s!==!1){let i=L;i.auto(n,Ql)?Gn():Yt(E,i.min,i.max),ol=ol||I.left>=0,ft=!0,Ll()}}n.setData=Xo;function Gn(){Ql=!0;let l,s;r==1&&(Fe>0?(Ce=wn[0]=0,Re=wn[1]=Fe-1,l=t[0][Ce],s=t[0][Re],Q==2?(l=Ce,s=Re):l==s&&(Q==3?[l,s]=Rn(l,l,L.log,!1):Q==4?[l,s]=Ro(l,l,L.log,!1):L.time?s=l+De(86400/z):[l,s]=Dn(l,s,$o,!0))):(Ce=wn[0]=l=null,Re=wn[1]=s=null)),Yt(E,l,s)}let yn,Ml,Un,Yn,Kn,qn,Zn,Jn,Qn,Je;function es(l,s,i,c,m,b){l??=Es,i??=Bo,c??="butt",m??=Es,b??="round",l!=yn&&(h.strokeStyle=yn=l),m!=Ml&&(h.fillStyle=Ml=m),s!=Un&&(h.lineWidth=Un=s),b!=Kn&&(h.lineJoin=Kn=b),c!=qn&&(h.lineCap=qn=c),i!=Yn&&h.setLineDash(Yn=i)}function ts(l,s,i,c){s!=Ml&&(h.fillStyle=Ml=s),l!=Zn&&(h.font=Zn=l),i!=Jn&&(h.textAlign=Jn=i),c!=Qn&&(h.textBaseline=Qn=c)}function Xn(l,s,i,c,m=0){if(c.length>0&&l.auto(n,Ql)&&(s==null||s.min==null)){let b=se(Ce,0),x=se(Re,c.length-1),S=i.min==null?ia(c,b,x,m,l.distr==3):[i.min,i.max];l.min=_t(l.min,i.min=S[0]),l.max=Ke(l.max,i.max=S[1])}}let ls={min:null,max:null};function gi(){for(let c in y){let m=y[c];G[c]==null&&(m.min==null||G[E]!=null&&m.auto(n,Ql))&&(G[c]=ls)}for(let c in y){let m=y[c];G[c]==null&&m.from!=null&&G[m.from]!=null&&(G[c]=ls)}G[E]!=null&&El(!0);let l={};for(let c in G){let m=G[c];if(m!=null){let b=l[c]=Il(y[c],ga);if(m.min!=null)Ee(b,m);else if(c!=E||r==2)if(Fe==0&&b.from==null){let x=b.range(n,null,null,c);b.min=x[0],b.max=x[1]}else b.min=de,b.max=-de}}if(Fe>0){k.forEach((c,m)=>{if(r==1){let b=c.scale,x=G[b];if(x==null)return;let S=l[b];if(m==0){let T=S.range(n,S.min,S.max,b);S.min=T[0],S.max=T[1],Ce=kt(S.min,t[0]),Re=kt(S.max,t[0]),Re-Ce>1&&(t[0][Ce]<S.min&&Ce++,t[0][Re]>S.max&&Re--),c.min=yt[Ce],c.max=yt[Re]}else c.show&&c.auto&&Xn(S,x,c,t[m],c.sorted);c.idxs[0]=Ce,c.idxs[1]=Re}else if(m>0&&c.show&&c.auto){let[b,x]=c.facets,S=b.scale,T=x.scale,[D,P]=t[m],R=l[S],q=l[T];R!=null&&Xn(R,G[S],b,D,b.sorted),q!=null&&Xn(q,G[T],x,P,x.sorted),c.min=x.min,c.max=x.max}});for(let c in l){let m=l[c],b=G[c];if(m.from==null&&(b==null||b.min==null)){let x=m.range(n,m.min==de?null:m.min,m.max==-de?null:m.max,c);m.min=x[0],m.max=x[1]}}}for(let c in l){let m=l[c];if(m.from!=null){let b=l[m.from];if(b.min==null)m.min=m.max=null;else{let x=m.range(n,b.min,b.max,c);m.min=x[0],m.max=x[1]}}}let s={},i=!1;for(let c in l){let m=l[c],b=y[c];if(b.min!=m.min||b.max!=m.max){b.min=m.min,b.max=m.max;let x=b.distr;b._min=x==3?Vt(b.min):x==4?go(b.min,b.asinh):x==100?b.fwd(b.min):b.min,b._max=x==3?Vt(b.max):x==4?go(b.max,b.asinh):x==100?b.fwd(b.max):b.max,s[c]=i=!0}}if(i){k.forEach((c,m)=>{r==2?m>0&&s.y&&(c._paths=null):s[c.scale]&&(c._paths=null)});for(let c in s)Sl=!0,Be("setScale",c);We&&I.left>=0&&(ol=ft=!0)}for(let c in G)G[c]=null}function bi(l){let s=_o(Ce-1,0,Fe-1),i=_o(Re+1,0,Fe-1);for(;l[s]==null&&s>0;)s--;for(;l[i]==null&&i<Fe-1;)i++;return[s,i]}function wi(){if(Fe>0){let l=k.some(s=>s._focus)&&Je!=At.alpha;l&&(h.globalAlpha=Je=At.alpha),k.forEach((s,i)=>{if(i>0&&s.show&&(ns(i,!1),ns(i,!0),s._paths==null)){let c=Je;Je!=s.alpha&&(h.globalAlpha=Je=s.alpha);let m=r==2?[0,t[i][0].length-1]:bi(t[i]);s._paths=s.paths(n,i,m[0],m[1]),Je!=c&&(h.globalAlpha=Je=c)}}),k.forEach((s,i)=>{if(i>0&&s.show){let c=Je;Je!=s.alpha&&(h.globalAlpha=Je=s.alpha),s._paths!=null&&os(i,!1);{let m=s._paths!=null?s._paths.gaps:null,b=s.points.show(n,i,Ce,Re,m),x=s.points.filter(n,i,b,m);(b||x)&&(s.points._paths=s.points.paths(n,i,Ce,Re,x),os(i,!0))}Je!=c&&(h.globalAlpha=Je=c),Be("drawSeries",i)}}),l&&(h.globalAlpha=Je=1)}}function ns(l,s){let i=s?k[l].points:k[l];i._stroke=i.stroke(n,l),i._fill=i.fill(n,l)}function os(l,s){let i=s?k[l].points:k[l],{stroke:c,fill:m,clip:b,flags:x,_stroke:S=i._stroke,_fill:T=i._fill,_width:D=i.width}=i._paths;D=me(D*ie,3);let P=null,R=D%2/2;s&&T==null&&(T=D>0?"#fff":S);let q=i.pxAlign==1&&R>0;if(q&&h.translate(R,R),!s){let re=et-D/2,oe=ct-D/2,ee=Ze+D,U=wt+D;P=new Path2D,P.rect(re,oe,ee,U)}s?eo(S,D,i.dash,i.cap,T,c,m,x,b):yi(l,S,D,i.dash,i.cap,T,c,m,x,P,b),q&&h.translate(-R,-R)}function yi(l,s,i,c,m,b,x,S,T,D,P){let R=!1;T!=0&&$.forEach((q,re)=>{if(q.series[0]==l){let oe=k[q.series[1]],ee=t[q.series[1]],U=(oe._paths||fn).band;Zt(U)&&(U=q.dir==1?U[0]:U[1]);let N,we=null;oe.show&&U&&ca(ee,Ce,Re)?(we=q.fill(n,re)||b,N=oe._paths.clip):U=null,eo(s,i,c,m,we,x,S,T,D,P,N,U),R=!0}}),R||eo(s,i,c,m,b,x,S,T,D,P)}let ss=Nl|Eo;function eo(l,s,i,c,m,b,x,S,T,D,P,R){es(l,s,i,c,m),(T||D||R)&&(h.save(),T&&h.clip(T),D&&h.clip(D)),R?(S&ss)==ss?(h.clip(R),P&&h.clip(P),Sn(m,x),xn(l,b,s)):S&Eo?(Sn(m,x),h.clip(R),xn(l,b,s)):S&Nl&&(h.save(),h.clip(R),P&&h.clip(P),Sn(m,x),h.restore(),xn(l,b,s)):(Sn(m,x),xn(l,b,s)),(T||D||R)&&h.restore()}function xn(l,s,i){i>0&&(s instanceof Map?s.forEach((c,m)=>{h.strokeStyle=yn=m,h.stroke(c)}):s!=null&&l&&h.stroke(s))}function Sn(l,s){s instanceof Map?s.forEach((i,c)=>{h.fillStyle=Ml=c,h.fill(i)}):s!=null&&l&&h.fill(s)}function xi(l,s,i,c){let m=H[l],b;if(c<=0)b=[0,0];else{let x=m._space=m.space(n,l,s,i,c),S=m._incrs=m.incrs(n,l,s,i,c,x);b=Dc(s,i,S,c,x)}return m._found=b}function to(l,s,i,c,m,b,x,S,T,D){let P=x%2/2;O==1&&h.translate(P,P),es(S,x,T,D,S),h.beginPath();let R,q,re,oe,ee=m+(c==0||c==3?-b:b);i==0?(q=m,oe=ee):(R=m,re=ee);for(let U=0;U<l.length;U++)s[U]!=null&&(i==0?R=re=l[U]:q=oe=l[U],h.moveTo(R,q),h.lineTo(re,oe));h.stroke(),O==1&&h.translate(-P,-P)}function Si(l){let s=!0;return H.forEach((i,c)=>{if(!i.show)return;let m=y[i.scale];if(m.min==null){i._show&&(s=!1,i._show=!1,El(!1));return}else i._show||(s=!1,i._show=!0,El(!1));let b=i.side,x=b%2,{min:S,max:T}=m,[D,P]=xi(c,S,T,x==0?J:C);if(P==0)return;let R=m.distr==2,q=i._splits=i.splits(n,c,S,T,D,P,R),re=m.distr==2?q.map(N=>yt[N]):q,oe=m.distr==2?yt[q[1]]-yt[q[0]]:D,ee=i._values=i.values(n,i.filter(n,re,c,P,oe),c,P,oe);i._rotate=b==2?i.rotate(n,ee,c,P):0;let U=i._size;i._size=ht(i.size(n,ee,c,l)),U!=null&&i._size!=U&&(s=!1)}),s}function vi(l){let s=!0;return Qo.forEach((i,c)=>{let m=i(n,c,rl,l);m!=Gt[c]&&(s=!1),Gt[c]=m}),s}function ki(){for(let l=0;l<H.length;l++){let s=H[l];if(!s.show||!s._show)continue;let i=s.side,c=i%2,m,b,x=s.stroke(n,l),S=i==0||i==3?-1:1,[T,D]=s._found;if(s.label!=null){let Ue=s.labelGap*S,nt=De((s._lpos+Ue)*ie);ts(s.labelFont[0],x,"center",i==2?"top":Ms),h.save(),c==1?(m=b=0,h.translate(nt,De(ct+wt/2)),h.rotate((i==3?-Ln:Ln)/2)):(m=De(et+Ze/2),b=nt);let cl=hr(s.label)?s.label(n,l,T,D):s.label;h.fillText(cl,m,b),h.restore()}if(D==0)continue;let P=y[s.scale],R=c==0?Ze:wt,q=c==0?et:ct,re=s._splits,oe=P.distr==2?re.map(Ue=>yt[Ue]):re,ee=P.distr==2?yt[re[1]]-yt[re[0]]:T,U=s.ticks,N=s.border,we=U.show?U.size:0,_e=De(we*ie),ze=De((s.alignTo==2?s._size-we-s.gap:s.gap)*ie),pe=s._rotate*-Ln/180,Te=B(s._pos*ie),tt=(_e+ze)*S,Ge=Te+tt;b=c==0?Ge:0,m=c==1?Ge:0;let pt=s.font[0],xt=s.align==1?Bl:s.align==2?po:pe>0?Bl:pe<0?po:c==0?"center":i==3?po:Bl,Ct=pe||c==1?"middle":i==2?"top":Ms;ts(pt,x,xt,Ct);let lt=s.font[1]*s.lineGap,dt=re.map(Ue=>B(d(Ue,P,R,q))),St=s._values;for(let Ue=0;Ue<St.length;Ue++){let nt=St[Ue];if(nt!=null){c==0?m=dt[Ue]:b=dt[Ue],nt=""+nt;let cl=nt.indexOf(`\n`)==-1?[nt]:nt.split(/\\n/gm);for(let Ye=0;Ye<cl.length;Ye++){let _s=cl[Ye];pe?(h.save(),h.translate(m,b+Ye*lt),h.rotate(pe),h.fillText(_s,0,0),h.restore()):h.fillText(_s,m,b+Ye*lt)}}}U.show&&to(dt,U.filter(n,oe,l,D,ee),c,i,Te,_e,me(U.width*ie,3),U.stroke(n,l),U.dash,U.cap);let Rt=s.grid;Rt.show&&to(dt,Rt.filter(n,oe,l,D,ee),c,c==0?2:1,c==0?ct:et,c==0?wt:Ze,me(Rt.width*ie,3),Rt.stroke(n,l),Rt.dash,Rt.cap),N.show&&to([Te],[1],c==0?1:0,c==0?1:2,c==1?ct:et,c==1?wt:Ze,me(N.width*ie,3),N.stroke(n,l),N.dash,N.cap)}Be("drawAxes")}function El(l){k.forEach((s,i)=>{i>0&&(s._paths=null,l&&(r==1?(s.min=null,s.max=null):s.facets.forEach(c=>{c.min=null,c.max=null})))})}let vn=!1,lo=!1,Xl=[];function _i(){lo=!1;for(let l=0;l<Xl.length;l++)Be(...Xl[l]);Xl.length=0}function Ll(){vn||(ka(rs),vn=!0)}function Ti(l,s=!1){vn=!0,lo=s,l(n),rs(),s&&Xl.length>0&&queueMicrotask(_i)}n.batch=Ti;function rs(){if(Wn&&(gi(),Wn=!1),Sl&&(ci(),Sl=!1),gn){if(ye(_,Bl,he),ye(_,"top",Ae),ye(_,sn,J),ye(_,rn,C),ye(v,Bl,he),ye(v,"top",Ae),ye(v,sn,J),ye(v,rn,C),ye(w,sn,Ht),ye(w,rn,tl),g.width=De(Ht*ie),g.height=De(tl*ie),H.forEach(({_el:l,_show:s,_size:i,_pos:c,side:m})=>{if(l!=null)if(s){let b=m===3||m===0?i:0,x=m%2==1;ye(l,x?"left":"top",c-b),ye(l,x?"width":"height",i),ye(l,x?"top":"left",x?Ae:he),ye(l,x?"height":"width",x?C:J),vo(l,pl)}else ot(l,pl)}),yn=Ml=Un=Kn=qn=Zn=Jn=Qn=Yn=null,Je=1,ln(!0),he!=xl||Ae!=ll||J!=Lt||C!=nl){El(!1);let l=J/Lt,s=C/nl;if(We&&!ol&&I.left>=0){I.left*=l,I.top*=s,Al&&$t(Al,De(I.left),0,J,C),Dl&&$t(Dl,0,De(I.top),J,C);for(let i=0;i<ut.length;i++){let c=ut[i];c!=null&&(_l[i]*=l,Tl[i]*=s,$t(c,ht(_l[i]),ht(Tl[i]),J,C))}}if(be.show&&!bn&&be.left>=0&&be.width>0){be.left*=l,be.width*=l,be.top*=s,be.height*=s;for(let i in ao)ye(Rl,i,be[i])}xl=he,ll=Ae,Lt=J,nl=C}Be("setSize"),gn=!1}Ht>0&&tl>0&&(h.clearRect(0,0,g.width,g.height),Be("drawClear"),F.forEach(l=>l()),Be("draw")),be.show&&bn&&(kn(be),bn=!1),We&&ol&&(al(null,!0,!1),ol=!1),X.show&&X.live&&ft&&(ro(),ft=!1),u||(u=!0,n.status=1,Be("ready")),Ql=!1,vn=!1}n.redraw=(l,s)=>{Sl=s||!1,l!==!1?Yt(E,L.min,L.max):Ll()};function no(l,s){let i=y[l];if(i.from==null){if(Fe==0){let c=i.range(n,s.min,s.max,l);s.min=c[0],s.max=c[1]}if(s.min>s.max){let c=s.min;s.min=s.max,s.max=c}if(Fe>1&&s.min!=null&&s.max!=null&&s.max-s.min<1e-16)return;l==E&&i.distr==2&&Fe>0&&(s.min=kt(s.min,t[0]),s.max=kt(s.max,t[0]),s.min==s.max&&s.max++),G[l]=s,Wn=!0,Ll()}}n.setScale=no;let oo,so,Al,Dl,is,as,Pl,Cl,cs,fs,ge,ve,Ut=!1,Ve=I.drag,$e=Ve.x,Oe=Ve.y;We&&(I.x&&(oo=mt(Yi,v)),I.y&&(so=mt(Ki,v)),L.ori==0?(Al=oo,Dl=so):(Al=so,Dl=oo),ge=I.left,ve=I.top);let be=n.select=Ee({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Rl=be.show?mt(Ui,be.over?v:_):null;function kn(l,s){if(be.show){for(let i in l)be[i]=l[i],i in ao&&ye(Rl,i,l[i]);s!==!1&&Be("setSelect")}}n.setSelect=kn;function Mi(l){if(k[l].show)Le&&vo(ke[l],pl);else if(Le&&ot(ke[l],pl),We){let i=kl?ut[0]:ut[l];i!=null&&$t(i,-10,-10,J,C)}}function Yt(l,s,i){no(l,{min:s,max:i})}function Dt(l,s,i,c){s.focus!=null&&Pi(l),s.show!=null&&k.forEach((m,b)=>{b>0&&(l==b||l==null)&&(m.show=s.show,Mi(b),r==2?(Yt(m.facets[0].scale,null,null),Yt(m.facets[1].scale,null,null)):Yt(m.scale,null,null),Ll())}),i!==!1&&Be("setSeries",l,s),c&&nn("setSeries",n,l,s)}n.setSeries=Dt;function Ei(l,s){Ee($[l],s)}function Li(l,s){l.fill=te(l.fill||null),l.dir=se(l.dir,-1),s=s??$.length,$.splice(s,0,l)}function Ai(l){l==null?$.length=0:$.splice(l,1)}n.addBand=Li,n.setBand=Ei,n.delBand=Ai;function Di(l,s){k[l].alpha=s,We&&ut[l]!=null&&(ut[l].style.opacity=s),Le&&ke[l]&&(ke[l].style.opacity=s)}let Ft,Kt,il,$l={focus:!0};function Pi(l){if(l!=il){let s=l==null,i=At.alpha!=1;k.forEach((c,m)=>{if(r==1||m>0){let b=s||m==0||m==l;c._focus=s?null:b,i&&Di(m,b?1:At.alpha)}}),il=l,i&&Ll()}}Le&&vl&&je(Ds,ae,l=>{I._lock||(sl(l),il!=null&&Dt(null,$l,!0,Me.setSeries))});function Pt(l,s,i){let c=y[s];i&&(l=l/ie-(c.ori==1?Ae:he));let m=J;c.ori==1&&(m=C,l=m-l),c.dir==-1&&(l=m-l);let b=c._min,x=c._max,S=l/m,T=b+(x-b)*S,D=c.distr;return D==3?Fl(10,T):D==4?ua(T,c.asinh):D==100?c.bwd(T):T}function Ci(l,s){let i=Pt(l,E,s);return kt(i,t[0],Ce,Re)}n.valToIdx=l=>kt(l,t[0]),n.posToIdx=Ci,n.posToVal=Pt,n.valToPos=(l,s,i)=>y[s].ori==0?f(l,y[s],i?Ze:J,i?et:0):a(l,y[s],i?wt:C,i?ct:0),n.setCursor=(l,s,i)=>{ge=l.left,ve=l.top,al(null,s,i)};function us(l,s){ye(Rl,Bl,be.left=l),ye(Rl,sn,be.width=s)}function ps(l,s){ye(Rl,"top",be.top=l),ye(Rl,rn,be.height=s)}let en=L.ori==0?us:ps,tn=L.ori==1?us:ps;function Ri(){if(Le&&X.live)for(let l=r==2?1:0;l<k.length;l++){if(l==0&&at)continue;let s=X.values[l],i=0;for(let c in s)Et[l][i++].firstChild.nodeValue=s[c]}}function ro(l,s){if(l!=null&&(l.idxs?l.idxs.forEach((i,c)=>{ue[c]=i}):ha(l.idx)||ue.fill(l.idx),X.idx=ue[0]),Le&&X.live){for(let i=0;i<k.length;i++)(i>0||r==1&&!at)&&$i(i,ue[i]);Ri()}ft=!1,s!==!1&&Be("setLegend")}n.setLegend=ro;function $i(l,s){let i=k[l],c=l==0&&Q==2?yt:t[l],m;at?m=i.values(n,l,s)??jt:(m=i.value(n,s==null?null:c[s],l,s),m=m==null?jt:{_:m}),X.values[l]=m}function al(l,s,i){cs=ge,fs=ve,[ge,ve]=I.move(n,ge,ve),I.left=ge,I.top=ve,We&&(Al&&$t(Al,De(ge),0,J,C),Dl&&$t(Dl,0,De(ve),J,C));let c,m=Ce>Re;Ft=de,Kt=null;let b=L.ori==0?J:C,x=L.ori==1?J:C;if(ge<0||Fe==0||m){c=I.idx=null;for(let S=0;S<k.length;S++){let T=ut[S];T!=null&&$t(T,-10,-10,J,C)}vl&&Dt(null,$l,!0,l==null&&Me.setSeries),X.live&&(ue.fill(c),ft=!0)}else{let S,T,D;r==1&&(S=L.ori==0?ge:ve,T=Pt(S,E),c=I.idx=kt(T,t[0],Ce,Re),D=V(t[0][c],L,b,0));let P=-10,R=-10,q=0,re=0,oe=!0,ee="",U="";for(let N=r==2?1:0;N<k.length;N++){let we=k[N],_e=ue[N],ze=_e==null?null:r==1?t[N][_e]:t[N][1][_e],pe=I.dataIdx(n,N,c,T),Te=pe==null?null:r==1?t[N][pe]:t[N][1][pe];if(ft=ft||Te!=ze||pe!=_e,ue[N]=pe,N>0&&we.show){let tt=pe==null?-10:pe==c?D:V(r==1?t[0][pe]:t[N][0][pe],L,b,0),Ge=Te==null?-10:K(Te,r==1?y[we.scale]:y[we.facets[1].scale],x,0);if(vl&&Te!=null){let pt=L.ori==1?ge:ve,xt=Pe(At.dist(n,N,pe,Ge,pt));if(xt<Ft){let Ct=At.bias;if(Ct!=0){let lt=Pt(pt,we.scale),dt=Te>=0?1:-1,St=lt>=0?1:-1;St==dt&&(St==1?Ct==1?Te>=lt:Te<=lt:Ct==1?Te<=lt:Te>=lt)&&(Ft=xt,Kt=N)}else Ft=xt,Kt=N}}if(ft||kl){let pt,xt;L.ori==0?(pt=tt,xt=Ge):(pt=Ge,xt=tt);let Ct,lt,dt,St,Rt,Ue,nt=!0,cl=Ne.bbox;if(cl!=null){nt=!1;let Ye=cl(n,N);dt=Ye.left,St=Ye.top,Ct=Ye.width,lt=Ye.height}else dt=pt,St=xt,Ct=lt=Ne.size(n,N);if(Ue=Ne.fill(n,N),Rt=Ne.stroke(n,N),kl)N==Kt&&Ft<=At.prox&&(P=dt,R=St,q=Ct,re=lt,oe=nt,ee=Ue,U=Rt);else{let Ye=ut[N];Ye!=null&&(_l[N]=dt,Tl[N]=St,zs(Ye,Ct,lt,nt),Os(Ye,Ue,Rt),$t(Ye,ht(dt),ht(St),J,C))}}}}if(kl){let N=At.prox,we=il==null?Ft<=N:Ft>N||Kt!=il;if(ft||we){let _e=ut[0];_e!=null&&(_l[0]=P,Tl[0]=R,zs(_e,q,re,oe),Os(_e,ee,U),$t(_e,ht(P),ht(R),J,C))}}}if(be.show&&Ut)if(l!=null){let[S,T]=Me.scales,[D,P]=Me.match,[R,q]=l.cursor.sync.scales,re=l.cursor.drag;if($e=re._x,Oe=re._y,$e||Oe){let{left:oe,top:ee,width:U,height:N}=l.select,we=l.scales[R].ori,_e=l.posToVal,ze,pe,Te,tt,Ge,pt=S!=null&&D(S,R),xt=T!=null&&P(T,q);pt&&$e?(we==0?(ze=oe,pe=U):(ze=ee,pe=N),Te=y[S],tt=V(_e(ze,R),Te,b,0),Ge=V(_e(ze+pe,R),Te,b,0),en(_t(tt,Ge),Pe(Ge-tt))):en(0,b),xt&&Oe?(we==1?(ze=oe,pe=U):(ze=ee,pe=N),Te=y[T],tt=K(_e(ze,q),Te,x,0),Ge=K(_e(ze+pe,q),Te,x,0),tn(_t(tt,Ge),Pe(Ge-tt))):tn(0,x)}else co()}else{let S=Pe(cs-is),T=Pe(fs-as);if(L.ori==1){let q=S;S=T,T=q}$e=Ve.x&&S>=Ve.dist,Oe=Ve.y&&T>=Ve.dist;let D=Ve.uni;D!=null?$e&&Oe&&($e=S>=D,Oe=T>=D,!$e&&!Oe&&(T>S?Oe=!0:$e=!0)):Ve.x&&Ve.y&&($e||Oe)&&($e=Oe=!0);let P,R;$e&&(L.ori==0?(P=Pl,R=ge):(P=Cl,R=ve),en(_t(P,R),Pe(R-P)),Oe||tn(0,x)),Oe&&(L.ori==1?(P=Pl,R=ge):(P=Cl,R=ve),tn(_t(P,R),Pe(R-P)),$e||en(0,b)),!$e&&!Oe&&(en(0,0),tn(0,0))}if(Ve._x=$e,Ve._y=Oe,l==null){if(i){if(ks!=null){let[S,T]=Me.scales;Me.values[0]=S!=null?Pt(L.ori==0?ge:ve,S):null,Me.values[1]=T!=null?Pt(L.ori==1?ge:ve,T):null}nn(mo,n,ge,ve,J,C,c)}if(vl){let S=i&&Me.setSeries,T=At.prox;il==null?Ft<=T&&Dt(Kt,$l,!0,S):Ft>T?Dt(null,$l,!0,S):Kt!=il&&Dt(Kt,$l,!0,S)}}ft&&(X.idx=c,ro()),s!==!1&&Be("setCursor")}let qt=null;Object.defineProperty(n,"rect",{get(){return qt==null&&ln(!1),qt}});function ln(l=!1){l?qt=null:(qt=v.getBoundingClientRect(),Be("syncRect",qt))}function ds(l,s,i,c,m,b,x){I._lock||Ut&&l!=null&&l.movementX==0&&l.movementY==0||(io(l,s,i,c,m,b,x,!1,l!=null),l!=null?al(null,!0,!0):al(s,!0,!1))}function io(l,s,i,c,m,b,x,S,T){if(qt==null&&ln(!1),sl(l),l!=null)i=l.clientX-qt.left,c=l.clientY-qt.top;else{if(i<0||c<0){ge=-10,ve=-10;return}let[D,P]=Me.scales,R=s.cursor.sync,[q,re]=R.values,[oe,ee]=R.scales,[U,N]=Me.match,we=s.axes[0].side%2==1,_e=L.ori==0?J:C,ze=L.ori==1?J:C,pe=we?b:m,Te=we?m:b,tt=we?c:i,Ge=we?i:c;if(oe!=null?i=U(D,oe)?d(q,y[D],_e,0):-10:i=_e*(tt/pe),ee!=null?c=N(P,ee)?d(re,y[P],ze,0):-10:c=ze*(Ge/Te),L.ori==1){let pt=i;i=c,c=pt}}T&&(s==null||s.cursor.event.type==mo)&&((i<=1||i>=J-1)&&(i=fl(i,J)),(c<=1||c>=C-1)&&(c=fl(c,C))),S?(is=i,as=c,[Pl,Cl]=I.move(n,i,c)):(ge=i,ve=c)}let ao={width:0,height:0,left:0,top:0};function co(){kn(ao,!1)}let ms,hs,gs,bs;function ws(l,s,i,c,m,b,x){Ut=!0,$e=Oe=Ve._x=Ve._y=!1,io(l,s,i,c,m,b,x,!0,!1),l!=null&&(je(ho,xo,ys,!1),nn(Ls,n,Pl,Cl,J,C,null));let{left:S,top:T,width:D,height:P}=be;ms=S,hs=T,gs=D,bs=P}function ys(l,s,i,c,m,b,x){Ut=Ve._x=Ve._y=!1,io(l,s,i,c,m,b,x,!1,!0);let{left:S,top:T,width:D,height:P}=be,R=D>0||P>0,q=ms!=S||hs!=T||gs!=D||bs!=P;if(R&&q&&kn(be),Ve.setScale&&R&&q){let re=S,oe=D,ee=T,U=P;if(L.ori==1&&(re=T,oe=P,ee=S,U=D),$e&&Yt(E,Pt(re,E),Pt(re+oe,E)),Oe)for(let N in y){let we=y[N];N!=E&&we.from==null&&we.min!=de&&Yt(N,Pt(ee+U,N),Pt(ee,N))}co()}else I.lock&&(I._lock=!I._lock,al(s,!0,l!=null));l!=null&&(yl(ho,xo),nn(ho,n,ge,ve,J,C,null))}function Oi(l,s,i,c,m,b,x){if(I._lock)return;sl(l);let S=Ut;if(Ut){let T=!0,D=!0,P=10,R,q;L.ori==0?(R=$e,q=Oe):(R=Oe,q=$e),R&&q&&(T=ge<=P||ge>=J-P,D=ve<=P||ve>=C-P),R&&T&&(ge=ge<Pl?0:J),q&&D&&(ve=ve<Cl?0:C),al(null,!0,!0),Ut=!1}ge=-10,ve=-10,ue.fill(null),al(null,!0,!0),S&&(Ut=S)}function xs(l,s,i,c,m,b,x){I._lock||(sl(l),Gn(),co(),l!=null&&nn(Ps,n,ge,ve,J,C,null))}function Ss(){H.forEach(Pc),jn(n.width,n.height,!0)}dl(An,Hl,Ss);let Ol={};Ol.mousedown=ws,Ol.mousemove=ds,Ol.mouseup=ys,Ol.dblclick=xs,Ol.setSeries=(l,s,i,c)=>{let m=Me.match[2];i=m(n,s,i),i!=-1&&Dt(i,c,!0,!1)},We&&(je(Ls,v,ws),je(mo,v,ds),je(As,v,l=>{sl(l),ln(!1)}),je(Ds,v,Oi),je(Ps,v,xs),Lo.add(n),n.syncRect=ln);let _n=n.hooks=e.hooks||{};function Be(l,s,i){lo?Xl.push([l,s,i]):l in _n&&_n[l].forEach(c=>{c.call(null,n,s,i)})}(e.plugins||[]).forEach(l=>{for(let s in l.hooks)_n[s]=(_n[s]||[]).concat(l.hooks[s])});let vs=(l,s,i)=>i,Me=Ee({key:null,setSeries:!1,filters:{pub:Ns,sub:Ns},scales:[E,k[1]?k[1].scale:null],match:[Ws,Ws,vs],values:[null,null]},I.sync);Me.match.length==2&&Me.match.push(vs),I.sync=Me;let ks=Me.key,fo=Fr(ks);function nn(l,s,i,c,m,b,x){Me.filters.pub(l,s,i,c,m,b,x)&&fo.pub(l,s,i,c,m,b,x)}fo.sub(n);function Bi(l,s,i,c,m,b,x){Me.filters.sub(l,s,i,c,m,b,x)&&Ol[l](null,s,i,c,m,b,x)}n.pub=Bi;function zi(){fo.unsub(n),Lo.delete(n),el.clear(),ko(An,Hl,Ss),p.remove(),ae?.remove(),Be("destroy")}n.destroy=zi;function uo(){Be("init",e,t),Xo(t||e.data,!1),G[E]?no(E,G[E]):Gn(),bn=be.show&&(be.width>0||be.height>0),ol=ft=!0,jn(e.width,e.height)}return k.forEach(Jo),H.forEach(hi),o?o instanceof HTMLElement?(o.appendChild(p),uo()):o(n,uo):uo(),n}He.assign=Ee;He.fmtNum=Oo;He.rangeNum=Dn;He.rangeLog=Rn;He.rangeAsinh=Ro;He.orient=hl;He.pxRatio=ie;He.join=va;He.fmtDate=zo,He.tzDate=Ra;He.sync=Fr;{He.addGap=hc,He.clipGaps=Bn;let e=He.paths={points:Gr};e.linear=Yr,e.stepped=wc,e.bars=yc,e.spline=Sc}var Jr="CI_LEDGER_DASHBOARD";var Ie=window[Jr],gt="*",Wt=86400,pn=7*Wt;function Nt(e){return new Date(e*1e3).toISOString().slice(0,10)}var Vn=e=>new Date(e*1e3).toISOString().slice(0,19)+"Z";function Qt(e){return Math.floor(Date.parse(e)/1e3)}var j=Cc(),Xt={},it={},Qe={};window.ciLedgerDashboard={charts:Xt,state:j};var Ot=(e,t=1)=>(j.from===void 0||e+t-1>=j.from)&&(j.to===void 0||e<=j.to);function Cc(){let e=new URLSearchParams(location.hash.slice(1)),t=(o,n)=>{if(!o||!/^\\d{4}-\\d{2}-\\d{2}$/.test(o))return;let r=Qt(`${o}T00:00:00Z`);return Number.isNaN(r)?void 0:n?r+Wt-1:r};return{ecosystem:e.get("ecosystem")??gt,platforms:e.has("platforms")?e.get("platforms").split(",").filter(Boolean):null,from:t(e.get("from"),!1),to:t(e.get("to"),!0),search:e.get("q")??"",diffA:e.get("a")??void 0,diffB:e.get("b")??void 0}}function dn(){let e=new URLSearchParams;j.ecosystem!==gt&&e.set("ecosystem",j.ecosystem),j.platforms&&e.set("platforms",j.platforms.join(",")),j.from!==void 0&&e.set("from",Nt(j.from)),j.to!==void 0&&e.set("to",Nt(j.to)),j.search&&e.set("q",j.search),j.diffA&&e.set("a",j.diffA),j.diffB&&e.set("b",j.diffB);let t=e.toString();history.replaceState(null,"",t?`#${t}`:location.pathname+location.search)}var Qr=()=>{};function Xr(e){Qr=e}function Ul(e,t){j.from=e,j.to=t,Qr()}var fe=e=>document.getElementById(e);function A(e,t={},...o){let n=document.createElement(e);for(let[r,f]of Object.entries(t))n.setAttribute(r,f);for(let r of o)n.append(r);return n}var Mt=e=>e==null?"\\u2014":`${(e*100).toFixed(1)}%`;function gl(e){if(e===null)return"\\u2014";if(e<60)return`${Math.round(e)}s`;let t=Math.floor(e/60);return t<60?`${t}m ${Math.round(e%60)}s`:`${Math.floor(t/60)}h ${t%60}m`}var Tt=["#0072b2","#e69f00","#009e73","#cc79a7","#56b4e9","#d55e00","#a08c00","#9467bd","#8c564b","#7f7f7f"],mn=(e,t)=>Tt[Math.max(0,e.indexOf(t))%Tt.length];function In(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()}function Bt(e,t,o){let n=A("table",{},A("caption",{},e));n.append(A("thead",{},A("tr",{},...t.map(f=>A("th",{scope:"col"},f)))));let r=A("tbody");for(let f of o)r.append(A("tr",{},...f.map((a,d)=>d===0?A("th",{scope:"row"},String(a)):A("td",{},String(a)))));return n.append(r),n}function jo(e){let t=fe(`${e}-numbers`),o=Qe[e];!t||!o||!t.open||t.querySelector(".table-wrap").replaceChildren(o())}function Rc(e){let t=[...new Set(e.flatMap(n=>Object.keys(n)))],o=n=>{let r=n==null?"":String(n);return/[",\\n\\r]/.test(r)?`"${r.replace(/"/g,\'""\')}"`:r};return[t.join(","),...e.map(n=>t.map(r=>o(n[r])).join(","))].join(`\n`)+`\n`}function ei(e,t){let o=it[e]?.()??[],n=t==="csv"?Rc(o):JSON.stringify(o,null,2)+`\n`,r=new Blob([n],{type:t==="csv"?"text/csv":"application/json"}),f=A("a",{href:URL.createObjectURL(r),download:`${e}.${t}`});document.body.append(f),f.click(),f.remove(),setTimeout(()=>URL.revokeObjectURL(f.href),1e3)}function Yl(e,t,o,n,r,f){Xt[e]?.destroy(),delete Xt[e];let a=document.getElementById(`chart-${e}`);a||(a=A("figure",{id:`chart-${e}`,class:"chart"}),t.append(a)),a.replaceChildren();let d=n.map(y=>Ot(y,f.span)),u=n.filter((y,$)=>d[$]),p=r.map(y=>y.values.filter(($,E)=>d[E])),g={};r.forEach((y,$)=>g[y.label]=p[$].filter(E=>E!==null).length),a.dataset.series=String(r.length),a.dataset.points=JSON.stringify(g),a.dataset.x=String(u.length);let h=new Set;if(f.gapSeconds!==void 0)for(let y=1;y<u.length;y++)u[y]-u[y-1]>f.gapSeconds&&h.add(y-1);let w=A("figcaption",{},o);if(a.append(w),u.length===0){a.append(A("p",{class:"empty"},"Nothing recorded in this time range."));return}let _=A("div",{role:"img","aria-label":`${o}: chart; the numbers are in the table below`});a.append(_);let v=In("--fg")||"#222",O=In("--grid")||"#ddd",B={stroke:v,grid:{stroke:O,width:1},ticks:{stroke:O,width:1}},z=Math.max(320,Math.min(t.clientWidth||900,1100)),k=f.format??(y=>String(y)),H=new He({width:z,height:260,cursor:{drag:{x:!0,y:!1,setScale:!1}},scales:{x:{time:!0},y:f.yMax!==void 0?{range:[0,f.yMax]}:{}},axes:[{...B},{...B,label:f.yLabel,values:(y,$)=>$.map(E=>k(E)),size:80,...f.yIncrs?{incrs:f.yIncrs}:{}}],legend:{live:!0},series:[{label:"time",value:(y,$)=>$===null?"\\u2014":Vn($)},...r.map(y=>({label:y.label,stroke:y.colour,width:y.pointsOnly?0:2,dash:y.dash,fill:y.bars?`${y.colour}88`:void 0,paths:y.pointsOnly?()=>null:y.bars?He.paths.bars({size:[.6,40]}):void 0,points:{show:y.pointsOnly||u.length<80?!0:void 0,size:y.ring?12:y.pointsOnly?8:5,stroke:y.colour,fill:y.ring?"transparent":y.colour,width:y.ring?2.5:1},value:($,E)=>E===null?"\\u2014":k(E),spanGaps:!1}))],hooks:{setSelect:[y=>{if(y.select.width<2)return;let $=y.posToVal(y.select.left,"x"),E=y.posToVal(y.select.left+y.select.width,"x");y.setSelect({left:0,top:0,width:0,height:0},!1),Ul(Math.floor($),Math.ceil(E))}],draw:f.extraLine===void 0?[]:[y=>{let $=y.ctx,E=y.valToPos(f.extraLine,"y",!0);$.save(),$.strokeStyle=In("--bad")||"#c00",$.setLineDash([6,4]),$.lineWidth=2,$.beginPath(),$.moveTo(y.bbox.left,E),$.lineTo(y.bbox.left+y.bbox.width,E),$.stroke(),$.restore()}]}},$c(u,p,h),_);_.addEventListener("dblclick",()=>Ul(void 0,void 0)),Xt[e]=H,Oc()}function $c(e,t,o){if(o.size===0)return[e,...t];let n=[],r=t.map(()=>[]);return e.forEach((f,a)=>{n.push(f),t.forEach((d,u)=>r[u].push(d[a])),o.has(a)&&(n.push(f+1),t.forEach((d,u)=>r[u].push(null)))}),[n,...r]}var ti=!1;function Oc(){ti||(ti=!0,performance.mark("ci-ledger:first-chart"),document.documentElement.dataset.firstChart=String(Math.round(performance.now())))}function Kl(e){return j.platforms?e.platforms.filter(t=>j.platforms.includes(t)):e.platforms}function Go(e){let t=e.passRate[j.ecosystem]??e.passRate[gt],o=fe("pass-rate-charts"),n=Kl(e).filter(f=>t?.series[f]);if(!t)return;Yl("pass-rate",o,`Pass rate per platform${j.ecosystem===gt?"":` (${j.ecosystem})`}`,t.x,n.map(f=>({label:f,values:t.series[f].rate.map(a=>a===null?null:Math.round(a*1e3)/10),colour:mn(e.platforms,f)})),{yLabel:"pass rate %",yMax:100,format:f=>`${f}%`,gapSeconds:7*Wt,span:Wt});let r=()=>t.x.flatMap((f,a)=>Ot(f,Wt)?n.filter(d=>t.series[d].rate[a]!==null).map(d=>({day:Nt(f),platform:d,passed:t.series[d].passed[a],tested:t.series[d].tested[a],pass_rate:t.series[d].rate[a]})):[]);it["pass-rate"]=r,Qe["pass-rate"]=()=>Bt("Pass rate per platform and day",["Day","Platform","Passed","Tested","Pass rate"],r().map(f=>[f.day,f.platform,f.passed,f.tested,Mt(f.pass_rate)]))}function li(e){let t=e.categories[j.ecosystem]??e.categories[gt]??{},o=fe("categories-charts"),n=Kl(e).filter(a=>t[a]);for(let a of[...o.querySelectorAll("figure")])n.some(d=>a.id===`chart-categories-${d}`)||(Xt[a.id.slice(6)]?.destroy(),delete Xt[a.id.slice(6)],a.remove());let r=[...new Set(Object.values(t).flatMap(a=>Object.keys(a.series)))].sort();for(let a of n){let d=t[a];Yl(`categories-${a}`,o,`Failure categories on ${a}`,d.x,Object.entries(d.series).map(([u,p])=>({label:u,values:p,colour:mn(r,u)})),{yLabel:"failures / week",gapSeconds:21*Wt,span:pn})}let f=()=>n.flatMap(a=>{let d=t[a];return d.x.flatMap((u,p)=>Ot(u,pn)?Object.entries(d.series).filter(([,g])=>g[p]>0).map(([g,h])=>({week:Nt(u),platform:a,category:g,failures:h[p]})):[])});it.categories=f,Qe.categories=()=>Bt("Failure records per week, platform and category",["Week of","Platform","Category","Failures"],f().map(a=>[a.week,a.platform,a.category,a.failures]))}function ni(e){let t=fe("matrix-charts"),o=e.matrix,n=o.ecosystems.filter(p=>j.ecosystem===gt||p===j.ecosystem),r=o.platforms.filter(p=>Kl(e).includes(p)),f=A("table",{class:"heat",id:"chart-matrix"},A("caption",{},"Failure rate (tests failed / run), ecosystem \\xD7 platform"));f.append(A("thead",{},A("tr",{},A("th",{scope:"col"},"Ecosystem"),...r.map(p=>A("th",{scope:"col"},p)))));let a=A("tbody"),d=0;for(let p of n){let g=o.cells[o.ecosystems.indexOf(p)],h=A("tr",{},A("th",{scope:"row"},p));for(let w of r){let _=g[o.platforms.indexOf(w)],v=A("td",{},_?Mt(_.failureRate):"\\u2014");_&&_.failureRate!==null&&(d++,v.style.setProperty("--heat",String(_.failureRate)),v.classList.add("cell"),_.failureRate>=.5&&v.classList.add("hot"),v.title=`${_.failed} failed of ${_.tested} tests over ${_.batches} batches`,v.dataset.failureRate=String(_.failureRate)),h.append(v)}a.append(h)}f.append(a),f.dataset.series=String(n.length),f.dataset.points=String(d),t.replaceChildren(f);let u=()=>n.flatMap(p=>r.flatMap(g=>{let h=o.cells[o.ecosystems.indexOf(p)][o.platforms.indexOf(g)];return h?[{ecosystem:p,platform:g,batches:h.batches,tested:h.tested,failed:h.failed,failure_rate:h.failureRate}]:[]}));it.matrix=u,Qe.matrix=()=>Bt("Failure rate per ecosystem and platform",["Ecosystem","Platform","Batches","Tested","Failed","Failure rate"],u().map(p=>[p.ecosystem,p.platform,p.batches,p.tested,p.failed,Mt(p.failure_rate)]))}function oi(e){let t=fe("macos-charts"),o=e.macos,n=o.current,r=n?Qt(n.weekStart):void 0,f=o.x.map(g=>g===r?n.projectedMinutes:null);Yl("macos",t,`macOS runner minutes per week (budget ${o.budget})`,o.x,[{label:"minutes used",values:o.minutes.map((g,h)=>o.without[h]===o.batches[h]?null:g),colour:Tt[0],bars:!0},{label:"this week\'s projection",values:f,colour:Tt[5],pointsOnly:!0,ring:!0}],{yLabel:"minutes",extraLine:o.budget,span:pn});let a=fe("macos-note");a||(a=A("p",{id:"macos-note",class:"note"}),t.after(a));let d=o.without.reduce((g,h)=>g+h,0),u=o.x.length-1;a.textContent=(n?`Week of ${n.weekStart.slice(0,10)}: ${n.usedMinutes} min used, ${n.burnPerDay} min/day, projected ${n.projectedMinutes} of ${o.budget} min${n.overBudget?" \\u2014 over budget":""}`+(u>=0&&o.without[u]>0?` (${o.without[u]} of its ${o.batches[u]} batches carry no macOS minutes)`:"")+". ":"")+(d>0?`${d} batch record(s) in all carry no macOS minutes; weeks where none does are left out of the chart.`:""),a.classList.toggle("bad",!!n?.overBudget);let p=()=>o.x.flatMap((g,h)=>Ot(g,pn)?[{week:Nt(g),minutes:o.minutes[h],batches:o.batches[h],batches_without_minutes:o.without[h],budget:o.budget,projected:f[h]}]:[]);it.macos=p,Qe.macos=()=>Bt("macOS minutes per week",["Week of","Minutes","Batches","Batches without minutes","Budget","Projected"],p().map(g=>[g.week,g.minutes,g.batches,g.batches_without_minutes,g.budget,g.projected??""]))}function ri(e){return e.latest.filter(t=>(j.ecosystem===gt||t.ecosystem===j.ecosystem)&&Ot(Qt(t.timestamp)))}var si=e=>`${e.recipe} ${e.platform} ${e.environment??""} ${e.category}`.toLowerCase(),Nn=e=>`${e.batchId}@${e.timestamp}`;function Uo(e){let t=fe("latest-charts"),o=j.search.trim().toLowerCase(),n=Kl(e),r=ri(e),f=g=>!o||g.batchId.toLowerCase().includes(o)||g.ecosystem.toLowerCase().includes(o)||g.failures.some(h=>si(h).includes(o)),a=r.filter(f),d=A("table",{id:"chart-latest",class:"latest"},A("caption",{},`${a.length} of ${r.length} batches${o?` matching \\u201C${j.search}\\u201D`:""}`+(e.idleSince>0?`; the ${e.idleSince} batch record(s) after the newest tested nothing`:"")));d.append(A("thead",{},A("tr",{},A("th",{scope:"col"},"Batch"),A("th",{scope:"col"},"Ecosystem"),A("th",{scope:"col"},"Recorded"),...n.map(g=>A("th",{scope:"col"},g)),A("th",{scope:"col"},"Failing recipes"))));let u=A("tbody");for(let g of a.slice(0,200)){let h=g.failures.filter(v=>n.includes(v.platform)||!e.platforms.includes(v.platform)),w=o?h.filter(v=>si(v).includes(o)):h,_=A("td");if(g.failureCount>0){let v=A("details",{},A("summary",{},`${g.failureCount} failure record(s)${o&&w.length!==h.length?`, ${w.length} matching`:""}`)),O=()=>{if(v.querySelector("ul"))return;let B=A("ul");for(let z of w.slice(0,300))B.append(A("li",{},`${z.recipe} \\u2014 ${z.environment??z.platform} \\u2014 ${z.category}${z.exitCode!==void 0?` (exit ${z.exitCode})`:""}`));g.failures.length<g.failureCount&&B.append(A("li",{class:"note"},`(the first ${g.failures.length} of ${g.failureCount} are listed)`)),v.append(B)};v.addEventListener("toggle",O),o&&w.length>0&&(O(),v.open=!0),_.append(v)}else _.append("none");u.append(A("tr",{},A("th",{scope:"row"},g.batchId),A("td",{},g.ecosystem),A("td",{},g.timestamp.replace("T"," ").replace("Z","")),...n.map(v=>A("td",{},g.platforms[v]?`${Mt(g.platforms[v].rate)} (${g.platforms[v].passed}/${g.platforms[v].tested})`:"\\u2014")),_))}d.append(u),d.dataset.series="1",d.dataset.points=String(a.length),t.replaceChildren(A("div",{class:"table-wrap tall",tabindex:"0",role:"region","aria-label":"Latest batches"},d));let p=()=>a.flatMap(g=>g.failures.length?g.failures.map(h=>({batch_id:g.batchId,ecosystem:g.ecosystem,timestamp:g.timestamp,recipe:h.recipe,platform:h.platform,environment:h.environment??h.platform,category:h.category,exit_code:h.exitCode??null})):[{batch_id:g.batchId,ecosystem:g.ecosystem,timestamp:g.timestamp,recipe:null,platform:null,category:null,exit_code:null}]);it.latest=p,Qe.latest=()=>A("p",{},"The batches above are a table; the downloads hold one row per failure record.")}function Yo(e){let t=ri(e),o=fe("diff-a"),n=fe("diff-b"),r=()=>t.map(M=>A("option",{value:Nn(M)},`${M.batchId} (${M.ecosystem}, ${M.timestamp})`));o.replaceChildren(...r()),n.replaceChildren(...r());let f=t[0],a=f&&(t.find(M=>M!==f&&M.ecosystem===f.ecosystem)??t[1]),d=(M,F)=>t.find(Y=>Nn(Y)===M)??F,u=d(j.diffA,a),p=d(j.diffB,f);u&&(o.value=Nn(u)),p&&(n.value=Nn(p));let g=fe("diff-charts");if(!u||!p){g.replaceChildren(A("p",{class:"empty"},"Fewer than two batches in this view.")),it.diff=()=>[];return}let h=[...new Set([...Object.keys(u.platforms),...Object.keys(p.platforms)])].filter(M=>Kl(e).includes(M)),w=(M,F)=>M.platforms[F]?.rate??null,_=M=>`${M.recipe}\\0${M.platform}`,v=new Set(u.failures.map(_)),O=new Set(p.failures.map(_)),B=M=>[...new Map(M.map(F=>[_(F),F])).values()],z=B(p.failures).filter(M=>!v.has(_(M))),k=B(u.failures).filter(M=>!O.has(_(M))),H=h.map(M=>{let F=w(u,M),Y=w(p,M);return{platform:M,from:F,to:Y,change:F!==null&&Y!==null?Math.round((Y-F)*1e4)/1e4:null}}),y=Bt(`Pass rate: ${u.batchId} \\u2192 ${p.batchId}`,["Platform",u.batchId,p.batchId,"Change"],H.map(M=>[M.platform,Mt(M.from),Mt(M.to),M.change===null?"\\u2014":`${M.change>=0?"+":""}${(M.change*100).toFixed(1)} pts`]));y.id="chart-diff",y.dataset.series="2",y.dataset.points=JSON.stringify({newlyFailing:z.length,fixed:k.length});let $=u.failures.length<u.failureCount||p.failures.length<p.failureCount,E=(M,F)=>A("div",{},A("h3",{},`${M} (${F.length})`),F.length?A("ul",{},...F.slice(0,300).map(Y=>A("li",{},`${Y.recipe} \\u2014 ${Y.platform} \\u2014 ${Y.category}`))):A("p",{},"none"));g.replaceChildren(y,E("Newly failing",z),E("Fixed",k),...$?[A("p",{class:"note"},"Only the listed failure records of each batch are compared (a batch with more lists the first ones).")]:[]),it.diff=()=>[...H.map(M=>({kind:"pass_rate",platform:M.platform,from:M.from,to:M.to,change:M.change,recipe:null})),...z.map(M=>({kind:"newly_failing",platform:M.platform,recipe:M.recipe,category:M.category})),...k.map(M=>({kind:"fixed",platform:M.platform,recipe:M.recipe,category:M.category}))],Qe.diff=()=>A("p",{},"The comparison above is a table.")}function Ko(){let e=Ie.timings,t=fe("timings-charts");for(let n of e.phases)Bc(t,n);let o=()=>e.phases.flatMap(n=>n.points.filter(r=>Ot(r.t)).map(r=>({env:n.env,phase:n.phase,start:Vn(r.t),build_id:r.buildId,kind:r.kind,duration_seconds:r.seconds,exit_code:r.exitCode,succeeded:r.ok,regression_ratio:r.regression??null,regression_rule:r.regression===void 0?null:n.regressionRule})));it.timings=o,Qe.timings=()=>A("div",{},Bt("Per env and phase (whole history): runs, success rate, p50 and p95 of the successful runs",["Env / phase","Runs","Success rate","p50","p95","Regressions"],e.phases.map(n=>[`${n.env} ${n.phase}`,n.runs,Mt(n.successRate),gl(n.medianSeconds),gl(n.p95Seconds),n.points.filter(r=>r.regression!==void 0).length])),Bt("Every run in the time range",["Start","Env / phase","Build","Kind","Duration","Exit code","Regression"],o().map(n=>[n.start,`${n.env} ${n.phase}`,n.build_id,n.kind,gl(n.duration_seconds),n.exit_code,n.regression_ratio===null?"":n.regression_rule==="median"?`${n.regression_ratio}\\xD7 the median before`:`a slower level: ${n.regression_ratio}\\xD7 the mean before`])))}function Bc(e,t){let o=`timings-${t.env}-${t.phase}`.replace(/[^A-Za-z0-9_-]/g,"_"),n=t.points.map(u=>u.t),r=u=>t.points.map(p=>p.ok&&p.kind===u&&p.seconds!==null?p.seconds:null),f=[],a=[...new Set(t.points.map(u=>u.kind))].sort().reverse();for(let u of a)t.points.some(p=>p.ok&&p.kind===u)&&f.push({label:`${u} (succeeded)`,values:r(u),colour:u==="persistent"?Tt[0]:Tt[2],dash:u==="persistent"?void 0:[5,3]});let d=[...new Set(t.points.filter(u=>!u.ok).map(u=>u.kind))].sort().reverse();for(let u of d)f.push({label:d.length>1||a.length>1?`${u} (failed)`:"failed",values:t.points.map(p=>!p.ok&&p.kind===u?p.seconds??0:null),colour:u==="persistent"?Tt[5]:Tt[1],pointsOnly:!0});t.points.some(u=>u.regression!==void 0)&&f.push({label:"regression",values:t.points.map(u=>u.regression!==void 0?u.seconds:null),colour:Tt[3],pointsOnly:!0,ring:!0}),Yl(o,e,`${t.env} ${t.phase}: ${t.runs} runs, success ${Mt(t.successRate)}, p50 ${gl(t.medianSeconds)}, p95 ${gl(t.p95Seconds)}`,n,f,{yLabel:"duration",format:u=>gl(u),yIncrs:[1,5,10,30,60,120,300,600,900,1800,3600,7200,14400,28800,86400]})}function zc(){let e=Ie.batches,t=fe("f-ecosystem"),o=fe("f-platforms");if(e){t.replaceChildren(A("option",{value:gt},"All ecosystems"),...e.ecosystems.filter(g=>e.passRate[g]).map(g=>A("option",{value:g},g))),t.value=e.passRate[j.ecosystem]?j.ecosystem:gt,j.ecosystem=t.value,t.addEventListener("change",()=>{j.ecosystem=t.value,j.diffA=j.diffB=void 0,ql()});for(let g of e.platforms){let h=`f-platform-${g}`,w=A("input",{type:"checkbox",id:h,value:g});w.checked=!j.platforms||j.platforms.includes(g),w.addEventListener("change",()=>{let v=[...o.querySelectorAll("input:checked")].map(O=>O.value);j.platforms=v.length===e.platforms.length?null:v,ql()});let _=A("span",{class:"swatch","aria-hidden":"true"});_.style.background=mn(e.platforms,g),o.append(A("span",{class:"check"},w," ",A("label",{for:h},_,g)))}let u=fe("latest-search");u.value=j.search,u.addEventListener("input",()=>{j.search=u.value,dn(),Uo(e)});let p=()=>{j.diffA=fe("diff-a").value,j.diffB=fe("diff-b").value,dn(),Yo(e)};fe("diff-a").addEventListener("change",p),fe("diff-b").addEventListener("change",p)}else t.closest(".filter")?.remove(),o.remove();let n=fe("f-from"),r=fe("f-to"),f=()=>{let u=n.value?Qt(`${n.value}T00:00:00Z`):void 0,p=r.value?Qt(`${r.value}T00:00:00Z`)+Wt-1:void 0;Ul(u,p)};n.addEventListener("change",f),r.addEventListener("change",f),fe("f-reset").addEventListener("click",()=>Ul(void 0,void 0));for(let u of document.querySelectorAll("button[data-download]"))u.addEventListener("click",()=>ei(u.dataset.download,u.dataset.format));for(let u of document.querySelectorAll("details.numbers"))u.addEventListener("toggle",()=>jo(u.id.replace(/-numbers$/,"")));let a=fe("toc");a.append(A("ul",{},...[...document.querySelectorAll("section.panel h2")].map(u=>A("li",{},A("a",{href:`#${u.id}`},u.textContent??""))))),a.addEventListener("click",u=>{let p=u.target.closest("a");p&&(u.preventDefault(),document.getElementById(p.getAttribute("href").slice(1))?.scrollIntoView())}),matchMedia("(prefers-color-scheme: dark)").addEventListener("change",()=>ql());let d;addEventListener("resize",()=>{clearTimeout(d),d=window.setTimeout(ql,200)})}function ii(){let e=fe("f-from"),t=fe("f-to");e.value=j.from===void 0?"":Nt(j.from),t.value=j.to===void 0?"":Nt(j.to)}function Hc(){let e=[],t=Ie.batches,o=fe("summary");t&&e.push(`${t.runs} batches${t.from?`, ${t.from.slice(0,10)} \\u2192 ${(t.to??"").slice(0,10)}`:""}; ${t.failures} failure records`),Ie.timings&&e.push(`${Ie.timings.runs} build timing runs in ${Ie.timings.phases.length} env/phase series`),o.textContent=e.join(". ")+". ",t&&t.folded.length&&o.append(A("details",{},A("summary",{},`${t.folded.length} failure environments counted under a platform`),t.folded.map(n=>`${n.from} \\u2192 ${n.to}`).join(", "))),fe("generated").textContent=`Built by ci-ledger dashboard from ${[Ie.source.batches,Ie.source.timings].filter(Boolean).join(" and ")}`+(Ie.asOf?`; the newest record is of ${Ie.asOf}.`:".")}function ql(){dn(),ii();let e=Ie.batches;e&&(Go(e),li(e),ni(e),oi(e),Uo(e),Yo(e)),Ie.timings&&Ko();for(let t of Object.keys(Qe))jo(t);document.documentElement.dataset.readyAt??=String(Math.round(performance.now())),document.documentElement.dataset.ready="true"}function Fc(){Xr(ql),zc(),Hc(),dn(),ii(),Ie.batches?Go(Ie.batches):Ie.timings&&Ko(),requestAnimationFrame(()=>setTimeout(ql,0))}Fc();})();\n', css: '.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;-webkit-user-select:none;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}:root{color-scheme:light dark;--bg: #ffffff;--panel: #f6f8fa;--fg: #1f2328;--muted: #57606a;--grid: #d0d7de;--link: #0550ae;--bad: #b42318;--heat: 0;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif}@media(prefers-color-scheme:dark){:root{--bg: #0d1117;--panel: #161b22;--fg: #e6edf3;--muted: #9da7b3;--grid: #30363d;--link: #6cb6ff;--bad: #ff7b72}}body{margin:0;background:var(--bg);color:var(--fg);line-height:1.45}header,main,footer,nav{max-width:1180px;margin:0 auto;padding:0 16px}h1{font-size:1.6rem;margin:20px 0 4px}h2{font-size:1.2rem;margin:0 0 4px}h3{font-size:1rem;margin:12px 0 4px}a{color:var(--link)}.summary,.intro,.note,footer{color:var(--muted)}.note.bad{color:var(--bad);font-weight:600}nav ul{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;padding:0;margin:8px 0}.filters{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center;background:var(--panel);border:1px solid var(--grid);border-radius:8px;padding:8px 12px;margin:8px 0 16px}.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center}.filters legend{float:left;margin-right:8px}.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}select,input,button{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--grid);border-radius:4px;padding:2px 6px}button{cursor:pointer}.panel{background:var(--panel);border:1px solid var(--grid);border-radius:8px;padding:12px 16px;margin:0 0 16px}figure.chart{margin:8px 0}figcaption{font-weight:600;margin-bottom:4px}.empty{color:var(--muted);font-style:italic}.table-wrap{overflow:auto;max-height:420px}table{border-collapse:collapse;font-size:.875rem;margin:8px 0}caption{text-align:left;color:var(--muted);padding-bottom:4px}th,td{border:1px solid var(--grid);padding:3px 8px;text-align:left;vertical-align:top}thead th{background:var(--bg);position:sticky;top:0}table.heat td.cell{background:color-mix(in srgb,#d73027 calc(var(--heat) * 100%),var(--bg))}table.heat td.hot{color:#fff;font-weight:600}table.latest ul{margin:4px 0;padding-left:18px}.uplot{font-family:inherit}.u-legend{color:var(--fg);font-size:.8rem}.u-select{background:#7f7f7f40}.table-wrap.tall{max-height:640px}.summary details{display:inline}\n', licenses: 'uplot\nMIT\nThe MIT License (MIT)\n\nCopyright (c) 2022 Leon Sorokin\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the "Software"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in\nall copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN\nTHE SOFTWARE.\n' };
  const dir = new URL("../../dist/site/", import.meta.url);
  try {
    return {
      js: await readFile(new URL("app.js", dir), "utf8"),
      css: await readFile(new URL("app.css", dir), "utf8"),
      licenses: await readFile(new URL("licenses.txt", dir), "utf8")
    };
  } catch {
    throw new Error("The dashboard page is not built: run `npm run build` (dist/site/).");
  }
}
async function buildDashboard(inputs, context) {
  const options2 = historyOptions({
    macosBudget: inputs.macosBudget,
    weekStart: inputs.weekStart,
    platformMap: inputs.platformMap
  });
  const latest = inputs.latest === void 0 ? defaultSeriesOptions.latestBatches : Number(inputs.latest);
  if (!/^\d+$/.test(String(inputs.latest ?? "1").trim()) || !Number.isSafeInteger(latest))
    throw new InputError(
      `latest ${JSON.stringify(inputs.latest)} is not a whole number of batches`
    );
  const assets = await pageAssets();
  return withStore(context, async (backend) => {
    const paths = {
      metricsPath: inputs.metricsPath || DEFAULT_METRICS_PATH,
      failuresDir: inputs.failuresDir || DEFAULT_FAILURES_DIR
    };
    const history = await checkoutBranch(backend, inputs.historyBranch, [
      folderOf(paths.metricsPath),
      paths.failuresDir
    ]);
    const batchWhere = placeOf(context.store, backend, history.branch);
    let series;
    if (history.root) {
      const loaded = await loadHistorySeries(history.root, paths, {
        ...defaultSeriesOptions,
        weekStartDay: options2.weekStartDay,
        macosBudgetMinutes: options2.macosBudgetMinutes,
        platformOf: options2.platformOf,
        latestBatches: latest
      });
      for (const s of loaded.skipped.slice(0, 20))
        context.log(`${s.file} line ${s.line}: skipped (${s.reason})`);
      if (loaded.skipped.length > 20)
        context.log(`\u2026 ${loaded.skipped.length - 20} more value(s) skipped`);
      if (loaded.files.metrics > 0) series = loaded.series;
    }
    const timingsCheckout = await checkoutBranch(
      backend,
      inputs.timingsBranch || DEFAULT_TIMINGS_BRANCH,
      ["environments"]
    );
    const timingsWhere = placeOf(context.store, backend, timingsCheckout.branch);
    let timings;
    if (timingsCheckout.root) {
      const files = await timingFiles(timingsCheckout.root);
      if (files.length > 0) {
        const picked = selectedTimingRuns(files, { last: 0 });
        timings = { report: timingsReport(files, { last: 0 }, picked), runs: picked.selected };
      }
    }
    if (!series && !timings)
      throw new InputError(
        `${noHistoryError(batchWhere, paths.metricsPath).message} No ${TIMINGS_GLOB} in ${timingsWhere} either: nothing to show.`
      );
    if (!series)
      context.log(`No batch history in ${batchWhere}: the site shows build timings only.`);
    if (!timings)
      context.log(`No ${TIMINGS_GLOB} in ${timingsWhere}: the site shows batches only.`);
    const data = siteData({
      title: inputs.title || "CI ledger dashboard",
      source: {
        ...series ? { batches: batchWhere } : {},
        ...timings ? { timings: timingsWhere } : {}
      },
      batches: series,
      timings
    });
    return {
      files: siteFiles(data, assets),
      ...series ? { batches: { runs: series.runs, failures: series.failures, where: batchWhere } } : {},
      ...timings ? {
        timings: {
          runs: timings.report.runs,
          phases: timings.report.phases.length,
          where: timingsWhere
        }
      } : {}
    };
  });
}
var SITE_MARKER = "data.js";
async function writeSiteFolder(dir, files) {
  const info = await lstat(dir).catch(() => void 0);
  if (info && !info.isDirectory())
    throw new InputError(
      `--out ${dir} is not a folder (${info.isSymbolicLink() ? "a link" : "a file"})`
    );
  if (info) {
    const names = await readdir(dir);
    if (names.length > 0 && !names.includes(SITE_MARKER))
      throw new InputError(
        `--out ${dir} holds files and no dashboard (${SITE_MARKER}): give an empty or new folder, or the folder of an earlier dashboard`
      );
  }
  for (const file of files) {
    if (file.path.split("/").some((part) => part === ".." || part === "" || part === "."))
      throw new InputError(`site file ${JSON.stringify(file.path)} is not a plain relative path`);
    const target = join(dir, file.path);
    const folder = dirname(target);
    await mkdir(folder, { recursive: true });
    const folderInfo = await lstat(folder);
    if (!folderInfo.isDirectory())
      throw new InputError(`${folder} is a link or a file, not a folder: not writing through it`);
    const temp = `${target}.tmp-${process.pid}`;
    try {
      await writeFile(temp, file.content);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw new InputError(`Could not write ${target}: ${messageOf(error)}`);
    }
  }
}

// src/ledger/replace-folder.ts
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function replaceFolder(backend, request, options2 = {}) {
  assertSafeBranch(request.branch);
  assertValidFolderSet(request.folder, request.files);
  const { retry = defaultRetryPolicy, log = () => {
  }, sleep = defaultSleep } = options2;
  const fileLimits = options2.fileLimits ?? fileLimitsFromEnv();
  const warn = options2.warn ?? ((line) => log(`Warning: ${line}`));
  const { branch, folder, files, message } = request;
  const where = `${folder ? `${folder}/ on ` : ""}branch ${branch} (${backend.description})`;
  for (const warning of checkFileSizes(
    new Map(files.map((f) => [underFolder(folder, f.path), f.content])),
    fileLimits,
    siteWording
  ))
    warn(warning);
  const started = Date.now();
  let lastProblem = "no attempt was made";
  let publishOutcomeUnknown = false;
  for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
    let retryAfter;
    let lostRace = false;
    try {
      const snapshot = await backend.readFolder(branch, folder);
      const plan = planFolder(snapshot.entries, folder, files);
      if (plan.changes.size === 0) {
        if (publishOutcomeUnknown) log("An earlier attempt landed although its response was lost.");
        return {
          status: publishOutcomeUnknown ? "published" : "unchanged",
          branch,
          head: snapshot.head ?? "",
          written: [],
          deleted: [],
          attempts: attempt
        };
      }
      try {
        const published = await backend.publish(snapshot, plan.changes, message);
        if (published.status === "published") {
          return {
            status: "published",
            branch,
            head: published.head,
            written: plan.written,
            deleted: plan.deleted,
            attempts: attempt
          };
        }
        lastProblem = published.reason;
        lostRace = true;
      } catch (error) {
        if (error instanceof TransientError) publishOutcomeUnknown = true;
        throw error;
      }
    } catch (error) {
      if (error instanceof InputError) {
        error.message += ` (${where})`;
        throw error;
      }
      if (!(error instanceof TransientError)) throw giveUp(where, messageOf(error));
      lastProblem = error.message;
      retryAfter = error.retryAfterSeconds;
    }
    if (attempt < retry.maxAttempts) {
      const delay = backoffDelayMs(attempt, retry, retryAfter);
      const spent = Date.now() - started;
      if (!lostRace && spent + delay > retry.maxTotalMs) {
        throw giveUp(
          where,
          `gave up after ${attempt} attempt(s) in ${Math.round(spent / 1e3)} s (the retry budget is ${retry.maxTotalMs / 1e3} s, CI_LEDGER_MAX_RETRY_SECONDS); last problem: ${lastProblem}`
        );
      }
      log(
        `Attempt ${attempt}/${retry.maxAttempts} did not land (${lastProblem}); retrying in ${delay} ms.`
      );
      await sleep(delay);
    }
  }
  throw giveUp(where, `gave up after ${retry.maxAttempts} attempts; last problem: ${lastProblem}`);
}
function giveUp(where, why) {
  return new WriteError(
    `Could not publish the site to ${where}: ${why}. No record is lost (the site is built from the ledger): run the publish again.`
  );
}

// src/jobs/publish-site.ts
var DEFAULT_SITE_BRANCH = "gh-pages";
var NO_JEKYLL = ".nojekyll";
function siteWithNoJekyll(files) {
  return files.some((f) => f.path === NO_JEKYLL) ? [...files] : [...files, { path: NO_JEKYLL, content: "" }];
}
async function publishSite(context, files, options2 = {}) {
  const branch = options2.branch || DEFAULT_SITE_BRANCH;
  const folder = (options2.folder ?? "").replace(/\/+$/, "");
  const site = siteWithNoJekyll(files);
  const message = options2.message || `dashboard: publish the site (${site.length} files)`;
  const { log, retry, fileLimits } = appendOptionsOf(context);
  const result = await withStore(
    context,
    (backend) => replaceFolder(backend, { branch, folder, files: site, message }, { log, retry, fileLimits })
  );
  const place = `${folder ? `${folder}/ on ` : ""}${branch}`;
  context.log(
    result.status === "published" ? `Published the site to ${place}: ${result.written.length} file(s) written, ${result.deleted.length} deleted, commit ${result.head}.` : `The site on ${place} is unchanged (commit ${result.head}): nothing was committed.`
  );
  return {
    status: result.status,
    commit: result.head,
    branch,
    folder,
    written: result.written,
    deleted: result.deleted
  };
}

// src/cli/commands/dashboard.ts
var options = {
  out: { type: "string" },
  "publish-branch": { type: "string" },
  "publish-folder": { type: "string" },
  title: { type: "string" },
  latest: { type: "string" },
  "history-branch": { type: "string" },
  "timings-branch": { type: "string" },
  "metrics-path": { type: "string" },
  "failures-dir": { type: "string" },
  "macos-budget": { type: "string" },
  "week-start": { type: "string" },
  "platform-map": { type: "string" },
  ...storeOptions
};
var dashboardCommand = {
  name: "dashboard",
  help: `Usage: ci-ledger dashboard (--out DIR | --publish-branch B [--publish-folder DIR])
                           [--title T] [--latest N] [--history-branch B] [--timings-branch B]
                           [STORE]

Builds the operator dashboard, a static site (index.html, data.js, assets/) that works from
file:// and GitHub Pages with no network: pass rate per platform over time, failure categories
per platform over time, the ecosystem \xD7 platform failure matrix, macOS minutes per week against
the budget, the latest batches with their failing recipes, what changed between two batches,
and build timings per env and phase. Filters and the time range are kept in the URL; every
chart has its numbers as a table and its data as CSV and JSON. The history is aggregated at
build time (per day and week), with the same rules as \`summary\` and \`report\`.

Reads the batch history (--history-branch, default the repository's default branch) and every
environments/*/latest/build_timings.csv (--timings-branch, default ${DEFAULT_TIMINGS_BRANCH});
either may be missing, not both. With --data-dir both are read from that folder.

Options:
  --out DIR             the folder to write (created; an earlier dashboard in it is replaced;
                        a folder holding other files is refused)
  --publish-branch B    commit the site to branch B of the store (e.g. gh-pages) in one commit,
                        through the ledger writer; none when the site is unchanged
  --publish-folder DIR  the folder of that branch to replace (default its root)
  --title T             the page's title (default "CI ledger dashboard")
  --latest N            batches listed with their failing recipes (default 100)
  --metrics-path P      default ${DEFAULT_METRICS_PATH}
  --failures-dir D      default ${DEFAULT_FAILURES_DIR}
  --macos-budget MIN    weekly macOS runner minutes (default 1000)
  --week-start DAY      default monday (UTC)
  --platform-map MAP    fold failure environments onto platforms (as batch-metrics)

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, options);
    const publishBranch = values["publish-branch"];
    if (!values.out && !publishBranch)
      throw new UsageError("--out DIR or --publish-branch B is required: where the site goes");
    if (values["publish-folder"] !== void 0 && !publishBranch)
      throw new UsageError("--publish-folder applies with --publish-branch only");
    const context = { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd };
    const site = await buildDashboard(
      {
        historyBranch: values["history-branch"],
        timingsBranch: values["timings-branch"],
        metricsPath: values["metrics-path"],
        failuresDir: values["failures-dir"],
        macosBudget: values["macos-budget"],
        weekStart: values["week-start"],
        platformMap: values["platform-map"],
        latest: values.latest,
        title: values.title
      },
      context
    );
    if (values.out) await writeSiteFolder(values.out, site.files);
    const bytes = site.files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
    const parts = [
      site.batches && `${site.batches.runs} batches, ${site.batches.failures} failure records (${site.batches.where})`,
      site.timings && `${site.timings.runs} build timing runs in ${site.timings.phases} env/phase series (${site.timings.where})`
    ].filter(Boolean);
    const size = `${(bytes / 1024).toFixed(0)} KiB`;
    if (values.out)
      io.stdout(
        `Wrote ${values.out}/index.html and ${site.files.length - 1} more file(s), ${size}: ${parts.join("; ")}.`
      );
    if (publishBranch) {
      const published = await publishSite(context, site.files, {
        branch: publishBranch,
        folder: values["publish-folder"]
      });
      const where = `${published.branch}${published.folder ? `:${published.folder}` : ""}`;
      io.stdout(
        published.status === "unchanged" ? `The site on ${where} is already this one (${site.files.length} files, ${size}): no commit (${published.commit}).` : `Published ${site.files.length} files (${size}) to ${where} in commit ${published.commit}: ${published.written} written, ${published.deleted} deleted${values.out ? "" : `; ${parts.join("; ")}`}.`
      );
    }
    return 0;
  }
};
export {
  dashboardCommand
};

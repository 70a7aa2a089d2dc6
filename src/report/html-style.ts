/** The report page's style: readable on screen, and on paper (links shown as their numbers, no colours
 * needed to tell a conflict). */
export const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{border-bottom:1px solid #bbb;margin-top:2rem}h3{margin-bottom:.3rem}
dl.header{display:grid;grid-template-columns:8rem 1fr;gap:.2rem 1rem}dl.header dt{font-weight:600}dl.header dd{margin:0}
table.figures{border-collapse:collapse;width:100%}table.figures th,table.figures td{border:1px solid #ccc;padding:.3rem;vertical-align:top;text-align:left}
table.figures ul{margin:0;padding-left:1rem}tr.conflict td{background:#fff4e5}
dl.events dt{font-weight:600;margin-top:.4rem}dl.events dd{margin:.1rem 0 .1rem 1.2rem}
.note,.id,.context{color:#555}.inferred{color:#6b4e00}.ref{font-size:.8em;text-decoration:none;margin-left:.1em}
mark{background:#fff0a8}ol.sentences li{margin-bottom:.5rem}ol.sentences li:target{outline:2px solid #d98c00}
svg{max-width:100%;height:auto}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}h2{page-break-after:avoid}tr,li{page-break-inside:avoid}}
`;

// The view's stylesheet, inlined into the page.
export const VIEW_STYLES = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC",sans-serif;color:#222}
body{display:flex;flex-direction:column}
header{display:flex;align-items:center;gap:12px;padding:8px 12px;border-bottom:1px solid #ddd;position:relative}
h1{font-size:16px;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:30%}
#kg-search{flex:0 1 320px;padding:6px 8px;font:inherit;border:1px solid #bbb;border-radius:4px}
#kg-results{position:absolute;top:100%;left:calc(30% + 24px);z-index:10;margin:0;padding:0;list-style:none;background:#fff;border:1px solid #ccc;min-width:320px;box-shadow:0 2px 8px rgba(0,0,0,.15)}
#kg-results:empty{display:none}
#kg-results li{padding:6px 8px;cursor:pointer;display:flex;gap:6px;align-items:center}
#kg-results li:hover{background:#eef}
#kg-results .kind,#kg-results .alias{color:#777;font-size:12px}
#kg-status{margin:0 0 0 auto;color:#555;font-size:12px}
main{flex:1;display:flex;min-height:0}
#kg-graph{flex:1;position:relative;min-width:0}
#kg-message{position:absolute;top:40%;left:0;right:0;text-align:center;font-size:16px;color:#555;padding:0 20px}
aside{width:360px;border-left:1px solid #ddd;overflow:auto;padding:10px 12px}
.swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px;vertical-align:baseline}
h2{font-size:18px;margin:4px 0}
h3{font-size:14px;margin:12px 0 4px}
.kind,.hint,.aliases{color:#666;margin:2px 0}
dl.facts{display:grid;grid-template-columns:auto 1fr;gap:0 10px;font-size:12px;margin:6px 0}
dl.facts dt{color:#777}
dl.facts dd{margin:0}
ul.relations,ul.articles{padding-left:16px;margin:0}
.relation{margin:6px 0 2px}
.relation .type{font-family:ui-monospace,monospace;font-size:12px;color:#444}
ul.evidence{padding-left:14px;margin:0 0 6px;font-size:12px}
ul.evidence q{display:block}
ul.evidence cite{display:block;color:#777;font-style:normal}
fieldset{border:1px solid #ddd;margin:10px 0;padding:6px 8px}
fieldset label{display:block;font-size:13px}
`;

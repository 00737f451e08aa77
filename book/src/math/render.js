// Renders TeX with KaTeX for RenderMath.java, at build time: the pages then ship no math engine.
// Usage: node render.js path/to/katex.min.js < formulas.json > rendered.json
//   in:  [{"tex": "z = wx + b", "display": false}, ...]
//   out: [{"html": "<span class=\"katex\">..."} or {"error": "KaTeX's message"}, ...], same order
// MathML goes with the HTML so that screen readers can read the formulas; strict: a formula
// KaTeX would only warn about (e.g. a Unicode letter in math mode) fails too.
const katex = require(require('path').resolve(process.argv[2]));

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => input += chunk);
process.stdin.on('end', () => {
  const rendered = JSON.parse(input).map(({ tex, display }) => {
    try {
      return { html: katex.renderToString(tex, {
        displayMode: display, throwOnError: true, output: 'htmlAndMathml', strict: 'error' }) };
    } catch (e) {
      // KaTeX underlines the place of the error with combining characters: not in a log
      return { error: e.message.replace(/\u0332/g, '') };
    }
  });
  process.stdout.write(JSON.stringify(rendered));
});

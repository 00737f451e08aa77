// Chapter 10 playground: how fast the engine, compiled to JavaScript, trains the default
// 2-8-8-1 network on 150 moon points in headless Chromium, without and with drawing, and
// whether the widget's own loss falls when it is stepped.
//   NODE_PATH=/path/to/node_modules node live/bench/playground-speed.js [book/target/book]
// (needs playwright-core and a Chromium at /usr/bin/chromium, or CHROMIUM=...)
const { chromium } = require('playwright-core');
const path = require('path');

const book = path.resolve(process.argv[2] || 'book/target/book');
const url = 'file://' + path.join(book, 'regularization.html');
const root = '#live-playground';

// Epochs per second of `nnLiveCheck('playground-moons')`: 50 epochs, no drawing.
async function training(page) {
  return page.evaluate(() => {
    for (let i = 0; i < 3; i++) nnLiveCheck('playground-moons'); // warm up the JIT
    const runs = 10, start = performance.now();
    for (let i = 0; i < runs; i++) nnLiveCheck('playground-moons');
    return runs * 50 / ((performance.now() - start) / 1000);
  });
}

// Epochs per second of the widget itself, training and redrawing every frame, from a Reset
// until it has trained `epochs` epochs.
async function widget(page, epochs) {
  const click = name => page.locator(root + ' button', { hasText: name }).click();
  await click('Reset');
  await click('Train');
  const start = await page.evaluate(() => performance.now());
  await page.waitForFunction(([sel, n]) => +document.querySelector(sel).dataset.epoch >= n,
      [root, epochs], { polling: 'raf' });
  const [elapsed, reached] = await page.$eval(root,
      (r, t0) => [performance.now() - t0, +r.dataset.epoch], start);
  await click('Pause');
  return reached / (elapsed / 1000);
}

// The training loss after 1 and after 30 Steps of the widget, from a Reset.
async function steps(page) {
  const click = name => page.locator(root + ' button', { hasText: name }).click();
  const loss = () => page.$eval(root, r => +r.dataset.loss);
  await click('Reset');
  await click('Step');
  const after1 = await loss();
  for (let i = 1; i < 30; i++) await click('Step');
  return { after1, after30: await loss(), epoch: await page.$eval(root, r => +r.dataset.epoch) };
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  page.on('pageerror', e => console.log('pageerror: ' + e));
  await page.goto(url);
  await page.waitForSelector(root + '[data-live="ready"]');
  await page.locator(root).scrollIntoViewIfNeeded();
  console.log('training only:     %s epochs/s', (await training(page)).toFixed(0));
  console.log('widget, drawing:   %s epochs/s', (await widget(page, 300)).toFixed(0));
  const s = await steps(page);
  console.log('loss after 1 step: %s, after %d: %s  %s', s.after1.toFixed(4), s.epoch,
      s.after30.toFixed(4), s.after30 < s.after1 ? 'falls' : 'DOES NOT FALL');
  await browser.close();
  process.exitCode = s.after30 < s.after1 ? 0 : 1;
})();

// Waits for a pause in typing before checking: a check per keystroke would queue up behind a
// fast typist and show hints for text that is already gone.
export function debounce(fn, ms) {
  let timer = 0;
  const run = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  run.cancel = () => clearTimeout(timer);
  return run;
}

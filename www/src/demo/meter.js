// The length meter: "used / limit" as the platform counts it, a ring that fills up, and the
// Bluesky byte count when it matters. Red past the limit, as the platforms' composers show it.

const units = { weighted: 'weighted chars', graphemes: 'characters', characters: 'characters' };

export function renderMeter({ meter, ring, length, unit, bytes }, report) {
  const { used, limit } = report.length;
  length.textContent = `${used} / ${limit}`;
  unit.textContent = units[report.length.unit] ?? report.length.unit;
  const ratio = limit ? used / limit : 0;
  ring.style.strokeDasharray = `${Math.min(100, ratio * 100)} 100`;
  meter.classList.toggle('over', used > limit);
  meter.classList.toggle('near', used <= limit && ratio >= 0.9);
  const b = report.length.bytes;
  bytes.hidden = !b;
  if (b) {
    bytes.textContent = `${b.used} / ${b.limit} bytes (UTF-8)`;
    bytes.classList.toggle('over', b.used > b.limit);
  }
}

import { parseInstant, formatInstant } from '../../engine/calendar/instant.ts';
let bad = 0;
for (let i = 0; i < 1000; i++) { const f = String(i).padStart(3, '0'); const t = parseInstant(`2025-01-01T00:00:00.${f}Z`); if (t % 1000 !== i) { bad++; if (bad < 5) console.log(f, t % 1000); } }
console.log('bad3', bad);
bad = 0;
for (let i = 0; i < 1000; i++) { const f = String(i).padStart(3, '0') + '000'; const t = parseInstant(`2025-01-01T00:00:00.${f}Z`); if (t % 1000 !== i) { bad++; if (bad < 5) console.log(f, t % 1000); } }
console.log('bad6', bad);
for (const s of ['2025-09-30', '2025-09-30T24:00', '2025-09-30 10:00', '2025-09-30T10:00+0800', '2025-09-30T10:00+08', '2025-09-30T10:00 +08:00', '2025-09-30T10:00z', '2025-09-30T10:00-05:00', '2025-09-30T10:00:00.5+08:00', '2025-09-30T16:30:00Z'])
  console.log(s, formatInstant(parseInstant(s)));
for (const s of ['2025-09-30T24:30', '2025-02-29T10:00', '2025-9-30', 'x', '', '2025-09-30T10:60', '2025-09-30T10:00+19:00', '2025-09-30T10:00:60'])
  { try { console.log(s, formatInstant(parseInstant(s))); } catch (e: any) { console.log(s, e.code); } }

// The example ATS: lists the vacancy's applications (its own files, served
// from its own origin), embeds Sikte from Sikte's origin (?sikte=ORIGIN,
// default http://127.0.0.1:8080) and shows what comes back.
import { SikteHost } from '../../embed/sikte-host.js';

const params = new URLSearchParams(location.search);
const sikteOrigin = params.get('sikte') || 'http://127.0.0.1:8080';
const requirements = ['Autorisasjon som sykepleier', 'Førerkort klasse B', 'Gode norskkunnskaper muntlig og skriftlig', 'Politiattest må fremlegges'];
const applications = ['nb-sykepleier.md', 'nb-tospalte.pdf', 'da-tabel.docx', 'nn-utf16-bom.txt', 'en-jsonresume.json'];

const $ = (id) => document.getElementById(id);
$('requirements').textContent = requirements.join('\n');
for (const name of applications) {
  const row = document.createElement('tr');
  row.dataset.file = name;
  const a = document.createElement('td');
  a.textContent = name;
  const s = document.createElement('td');
  s.className = 'sikte-status';
  s.textContent = '—';
  row.append(a, s);
  $('applicants').append(row);
}

const iframe = $('sikte');
iframe.src = new URL(`/?lang=${params.get('lang') || 'nb'}`, sikteOrigin).href;
const sikte = new SikteHost(iframe, sikteOrigin);
sikte.ready().then(() => {
  $('screen').disabled = false;
  document.body.dataset.sikteReady = 'true';
});

// what the reviewer decided, each time they complete the review in Sikte
sikte.onDecisions(({ decisions, overrides }) => {
  const items = decisions.map((d) => {
    const li = document.createElement('li');
    li.dataset.file = d.file;
    const changed = overrides.filter((o) => o.sha256 === d.sha256).length;
    li.textContent = `${d.file}: ${d.decision === 'advance' ? 'advance' : 'do not advance'}`
      + (d.reason ? ` (${d.reason})` : '') + (d.reviewer ? `, by ${d.reviewer}` : '')
      + (changed ? `; ${changed} verdict(s) changed by the reviewer` : '');
    return li;
  });
  $('decisions').replaceChildren(...items);
});

$('screen').addEventListener('click', async () => {
  $('screen').disabled = true;
  const files = await Promise.all(
    applications.map(async (name) => ({ name, data: await (await fetch(`/tests/fixtures/cli/${name}`)).arrayBuffer() })),
  );
  const report = await sikte.screen(
    { requirements, applications: files, settings: { lang: params.get('lang') || 'nb', today: params.get('today') || undefined } },
    { onProgress: ({ done, total }) => ($('progress').textContent = `${done} / ${total}`) },
  );
  for (const c of report.candidates) {
    const cell = document.querySelector(`tr[data-file="${CSS.escape(c.file)}"] .sikte-status`);
    if (cell) cell.textContent = c.status === 'pass' ? 'meets all' : 'flagged for review';
  }
  $('progress').textContent = 'done';
  document.body.dataset.report = JSON.stringify(report.candidates.map((c) => [c.file, c.status]));
  $('screen').disabled = false;
});

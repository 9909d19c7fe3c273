// The review model (www/review.js) on its own: no browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Review, impact, outcomeRatios } from '../../www/review.js';

const candidate = (verdicts) => ({ status: verdicts.every((v) => v === 'met' || v === 'manual') ? 'pass' : 'review', verdicts: verdicts.map((verdict) => ({ verdict })) });

test('an override follows its requirement line when lines are inserted, and goes when its line goes', () => {
  const review = new Review();
  review.override('sha-a', 2, 'unclear', 'met', 'read the CV: B licence on page 2', 'TS', 'Autorisasjon som sykepleier');
  review.override('sha-b', 0, 'unclear', 'met', 'nursing degree confirmed', 'TS', 'Førerkort klasse B');
  // the first line replaced
  const after = ['Politiattest', 'Bachelor i sykepleie', 'Autorisasjon som sykepleier'];
  review.remap(after);
  assert.equal(review.overrideOf('sha-a', 2)?.reason, 'read the CV: B licence on page 2');
  assert.equal(review.overrideOf('sha-b', 0), undefined, 'the licence line is gone, so is its override');
  assert.equal(review.overrides.has('sha-b'), false);

  review.remap(['Ny linje', ...after]);
  assert.equal(review.overrideOf('sha-a', 2), undefined, 'not left on the line that moved into its place');
  assert.equal(review.overrideOf('sha-a', 3)?.to, 'met');
  assert.equal(review.verdictOf('sha-a', candidate(['met', 'manual', 'met', 'unclear']), 3), 'met');

  // a saved session, loaded into a fresh page: the overrides keep their lines
  const loaded = new Review();
  loaded.load(JSON.parse(JSON.stringify(review.toJSON())));
  loaded.remap(['Ny linje', ...after]);
  assert.equal(loaded.overrideOf('sha-a', 3)?.reason, 'read the CV: B licence on page 2');
});

test('an incompletely read file stays review whatever is overridden; a decision needs a reason to not advance', () => {
  const review = new Review();
  const cut = { status: 'review', verdicts: [{ verdict: 'met' }, { verdict: 'manual' }] };
  assert.equal(review.statusOf('x', cut), 'review');
  const flagged = candidate(['met', 'unclear']);
  assert.equal(review.statusOf('y', flagged), 'review');
  review.override('y', 1, 'unclear', 'met', 'seen on page 2');
  assert.equal(review.statusOf('y', flagged), 'pass');
  assert.throws(() => review.decide('y', 'do_not_advance', '  '), /reason/);
  assert.equal(review.decide('y', 'advance').decision, 'advance');
});

test('impact: how many candidates each requirement alone flags, after overrides', () => {
  const review = new Review();
  const results = [
    { sha256: 'a', candidate: candidate(['met', 'unclear', 'met']) },
    { sha256: 'b', candidate: candidate(['not_met', 'unclear', 'met']) },
    { sha256: 'c', candidate: candidate(['met', 'met', 'manual']) },
    { sha256: 'd', candidate: candidate(['met', 'unclear', 'met']) },
  ];
  assert.deepEqual(impact(review, results, 3), { alone: [0, 2, 0], any: [1, 3, 0] });
  review.override('d', 1, 'unclear', 'met', 'seen in the letter');
  assert.deepEqual(impact(review, results, 3), { alone: [0, 1, 0], any: [1, 2, 0] });
});

test('outcome audit: shares, impact ratios against the highest group, small groups suppressed', () => {
  const out = outcomeRatios([
    { applied: 40, met: 20 }, // 0.5
    { applied: 50, met: 35 }, // 0.7, the highest
    { applied: 9, met: 9 }, // small: suppressed, and not the highest
    { applied: 10, met: 12 }, // more met than applied: no figures
    { applied: NaN, met: 3 },
  ]);
  assert.equal(out[0].share, 0.5);
  assert.equal(out[0].ratio.toFixed(2), '0.71'); // under four fifths
  assert.equal(out[1].ratio, 1);
  assert.deepEqual(out[2], { share: null, ratio: null, small: true });
  assert.deepEqual(out[3], { share: null, ratio: null, small: false });
  assert.deepEqual(out[4], { share: null, ratio: null, small: false });
  assert.deepEqual(outcomeRatios([{ applied: 20, met: 0 }]), [{ share: 0, ratio: null, small: false }]);
});

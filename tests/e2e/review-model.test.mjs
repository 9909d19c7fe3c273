// The review model (www/review.js) on its own: no browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Review } from '../../www/review.js';

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

import { describe, expect, it } from 'vitest'
import { suggestRegister } from '../../src/enrich/suggest-register.js'
import type { DocumentEntityReport } from '../../src/enrich/index.js'
import type { Candidate } from '../../src/enrich/entities/candidates.js'

const cand = (kind: Candidate['kind'], text: string, count = 1, evidence = 'after "in"'): Candidate => ({ kind, text, count, lines: [1], tagged: false, evidence })
const report = (id: string, candidates: Candidate[]): DocumentEntityReport => ({ id, entities: [], candidates, ambiguous: [], dates: [] })

describe('suggestRegister: the draft register', () => {
  const draft = suggestRegister([
    report('a', [cand('person', 'Dr. Brekke', 2, 'after "Dr."'), cand('person', 'Brekke'), cand('place', 'Kelloe', 1, 'in a dateline'), cand('unknown', 'Weavers Guild')]),
    report('b', [cand('place', 'Kelloe', 3), cand('org', 'Kelloe Weaving Society', 1, 'named an organisation'), cand('person', '2nd Hussar')]),
  ])

  it('drafts each candidate of a known kind under its kind, counts added, evidence in the note', () => {
    expect(draft.places).toEqual([{ id: 'kelloe', name: 'Kelloe', aliases: [], note: 'candidate (4×; in a dateline): check, complete and add an authority URI' }])
    expect(draft.orgs.map((o) => o.name)).toEqual(['Kelloe Weaving Society'])
  })

  it('makes a one-word name that ends a longer one of its kind an alias of it', () => {
    expect(draft.persons.find((p) => p.name === 'Dr. Brekke')).toEqual({ id: 'dr-brekke', name: 'Dr. Brekke', aliases: ['Brekke'], note: 'candidate (3×; after "Dr."): check, complete and add an authority URI' })
  })

  it('gives valid ids, and leaves candidates of unknown kind out', () => {
    expect(draft.persons.map((p) => p.id)).toEqual(['n-2nd-hussar', 'dr-brekke'])
    expect(JSON.stringify(draft)).not.toContain('Weavers Guild')
  })
})

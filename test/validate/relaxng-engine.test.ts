/**
 * The derivative validator on small schemas, one RelaxNG construct at a time: each document's
 * verdict is written here by hand, and checked against jing live where it is installed.
 */
import { describe, expect, it } from 'vitest'
import { hasJing, jingErrorLines, lectioErrorLines, schemaFromText } from './relaxng-helpers.js'
import { checkDocument } from '../../src/validate/relaxng/check-document.js'

const XSD = 'http://www.w3.org/2001/XMLSchema-datatypes'
const grammar = (start: string) => `<grammar xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="${XSD}"><start>${start}</start></grammar>`

/** A schema and documents with the verdict each must get. */
const CASES: { name: string; schema: string; docs: [string, 'valid' | 'invalid'][] }[] = [
  {
    name: 'group, optional and repetition',
    schema: grammar('<element name="r"><element name="a"><empty/></element><optional><element name="b"><empty/></element></optional><oneOrMore><element name="c"><empty/></element></oneOrMore></element>'),
    docs: [['<r><a/><b/><c/></r>', 'valid'], ['<r><a/><c/><c/></r>', 'valid'], ['<r><a/><b/></r>', 'invalid'], ['<r><b/><a/><c/></r>', 'invalid'], ['<r><a/><c/><b/></r>', 'invalid']],
  },
  {
    name: 'interleave',
    schema: grammar('<element name="r"><interleave><element name="a"><empty/></element><zeroOrMore><element name="b"><empty/></element></zeroOrMore><element name="c"><empty/></element></interleave></element>'),
    docs: [['<r><b/><c/><b/><a/></r>', 'valid'], ['<r><a/><c/></r>', 'valid'], ['<r><a/><a/><c/></r>', 'invalid'], ['<r><b/><a/></r>', 'invalid']],
  },
  {
    name: 'mixed content and text',
    schema: grammar('<element name="r"><mixed><zeroOrMore><element name="i"><text/></element></zeroOrMore></mixed></element>'),
    docs: [['<r>one <i>two</i> three</r>', 'valid'], ['<r/>', 'valid'], ['<r><i><i/></i></r>', 'invalid']],
  },
  {
    name: 'element-only content: whitespace is ignored, other text is not',
    schema: grammar('<element name="r"><element name="a"><empty/></element></element>'),
    docs: [['<r>\n  <a/>\n</r>', 'valid'], ['<r>x<a/></r>', 'invalid'], ['<r><a> </a></r>', 'valid'], ['<r><a>x</a></r>', 'invalid']],
  },
  {
    name: 'attributes: required, optional, any order, repeated wildcard',
    schema: grammar('<element name="r"><attribute name="id"><data type="NCName"/></attribute><optional><attribute name="n"><data type="integer"/></attribute></optional><zeroOrMore><attribute><nsName ns="urn:x"/></attribute></zeroOrMore><empty/></element>'),
    docs: [['<r id="a"/>', 'valid'], ['<r n="3" id="a"/>', 'valid'], ['<r id="a" xmlns:x="urn:x" x:p="1" x:q="2"/>', 'valid'], ['<r/>', 'invalid'], ['<r id="1a"/>', 'invalid'], ['<r id="a" m="1"/>', 'invalid'], ['<r id="a" n="x"/>', 'invalid']],
  },
  {
    name: 'choice of attribute or element',
    schema: grammar('<element name="r"><choice><attribute name="v"/><element name="v"><text/></element></choice></element>'),
    docs: [['<r v="x"/>', 'valid'], ['<r><v>x</v></r>', 'valid'], ['<r/>', 'invalid'], ['<r v="x"><v/></r>', 'invalid']],
  },
  {
    name: 'data content, empty content and whitespace',
    schema: grammar('<element name="r"><oneOrMore><choice><element name="d"><data type="date"/></element><element name="t"><data type="token"><param name="pattern">x*</param></data></element></choice></oneOrMore></element>'),
    docs: [['<r><d>2024-02-29</d></r>', 'valid'], ['<r><d> 2024-02-29 </d></r>', 'valid'], ['<r><d>2023-02-29</d></r>', 'invalid'], ['<r><d/></r>', 'invalid'], ['<r><t/></r>', 'valid'], ['<r><t>  </t></r>', 'valid'], ['<r><t>xy</t></r>', 'invalid'], ['<r><d>2024-<!-- c -->02-29</d></r>', 'valid']],
  },
  {
    name: 'values and lists',
    schema: grammar('<element name="r"><attribute name="k"><choice><value>a b</value><value type="string">c</value></choice></attribute><attribute name="l"><list><oneOrMore><data type="integer"/></oneOrMore></list></attribute><attribute name="p"><list><data type="double"/><data type="double"/></list></attribute><empty/></element>'),
    docs: [['<r k=" a  b " l="1 2 3" p="1 2"/>', 'valid'], ['<r k="c" l="1" p="1e3 .5"/>', 'valid'], ['<r k=" c" l="1" p="1 2"/>', 'invalid'], ['<r k="a b" l="" p="1 2"/>', 'invalid'], ['<r k="a b" l="1 x" p="1 2"/>', 'invalid'], ['<r k="a b" l="1" p="1"/>', 'invalid']],
  },
  {
    name: 'data with except, names with except, namespaces',
    schema: grammar('<element><anyName><except><nsName ns=""/></except></anyName><attribute name="v"><data type="token"><except><value>no</value></except></data></attribute><zeroOrMore><element name="c" ns="urn:c"><empty/></element></zeroOrMore></element>'),
    docs: [['<x:r xmlns:x="urn:x" v="yes"/>', 'valid'], ['<r v="yes"/>', 'invalid'], ['<x:r xmlns:x="urn:x" v=" no "/>', 'invalid'], ['<x:r xmlns:x="urn:x" xmlns="urn:c" v="y"><c/><c/></x:r>', 'valid'], ['<x:r xmlns:x="urn:x" v="y"><c/></x:r>', 'invalid']],
  },
  {
    name: 'IDs are unique',
    schema: grammar('<element name="r"><zeroOrMore><element name="e"><attribute name="xml:id" ns="http://www.w3.org/XML/1998/namespace"><data type="ID"/></attribute></element></zeroOrMore></element>'),
    docs: [['<r><e xml:id="a"/><e xml:id="b"/></r>', 'valid'], ['<r><e xml:id="a"/><e xml:id=" a "/></r>', 'invalid']],
  },
  {
    name: 'recursion',
    schema: '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="list"/></start><define name="list"><element name="list"><zeroOrMore><element name="item"><mixed><optional><ref name="list"/></optional></mixed></element></zeroOrMore></element></define></grammar>',
    docs: [['<list><item>a<list><item>b<list/></item></list></item></list>', 'valid'], ['<list><item><list/><list/></item></list>', 'invalid']],
  },
]

describe('the derivative validator, construct by construct', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const schema = await schemaFromText(c.schema)
      const ours = c.docs.map(([xml]) => (lectioErrorLines(schema, xml).length ? 'invalid' : 'valid'))
      expect(ours).toEqual(c.docs.map(([, verdict]) => verdict))
      if (hasJing) {
        const theirs = jingErrorLines(c.schema, c.docs.map(([xml]) => xml)).map((lines) => (lines.length ? 'invalid' : 'valid'))
        expect(theirs, 'jing').toEqual(c.docs.map(([, verdict]) => verdict))
      }
    })
  }

  it('goes on after an error: a misplaced element is checked against its own definition, its parent stays where it was', async () => {
    const schema = await schemaFromText(grammar('<element name="r"><element name="a"><element name="x"><empty/></element></element><element name="b"><empty/></element></element>'))
    const ds = checkDocument(schema, '<r>\n<b/>\n<a><y/></a>\n<b/>\n</r>', 'd.xml').diagnostics
    expect(ds.map((d) => [d.line, d.code])).toEqual([[2, 'rng-element-not-allowed'], [3, 'rng-element-unknown']])
  })

  it('says what was expected', async () => {
    const schema = await schemaFromText(grammar('<element name="r"><attribute name="must"/><element name="a"><empty/></element><element name="b"><empty/></element></element>'))
    const ds = checkDocument(schema, '<r><a/></r>', 'd.xml').diagnostics
    expect(ds.map((d) => d.message)).toEqual(['<r> needs @must', '<r> is incomplete: it needs <b>'])
  })
})

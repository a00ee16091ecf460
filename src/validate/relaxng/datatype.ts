/** What the patterns need of a datatype (XML Schema's or RelaxNG's built-in string and token). */
export interface Datatype {
  /** As a schema names it, for messages: `xsd:date`, `token`. */
  readonly name: string
  /** Whether `value` (as written, before whitespace processing) is a value of the type. */
  allows(value: string): boolean
  /** The value's identity for `<value>` comparison; `undefined` when it is not a value of the type. */
  valueKey(value: string): string | undefined
  /** xsd:ID: values must be unique in a document. */
  readonly isId: boolean
}

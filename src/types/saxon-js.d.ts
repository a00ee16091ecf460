// saxon-js ships no type declarations; this covers the part Lectio uses.
declare module 'saxon-js' {
  export interface TransformOptions {
    stylesheetInternal?: unknown
    stylesheetFileName?: string
    sourceText?: string
    sourceNode?: unknown
    sourceType?: 'xml' | 'json'
    destination?: 'serialized' | 'document' | 'raw'
    stylesheetParams?: Record<string, unknown>
    initialTemplate?: string
    resultForm?: string
    deliverMessage?: (messageNode: unknown, errorCode: unknown) => void
    deliverResultDocument?: (uri: unknown) => { destination: 'serialized' | 'raw' | 'document'; save?: (uri: unknown, result: unknown, encoding?: string) => void }
    collectionFinder?: (uri: string) => unknown
    outputProperties?: Record<string, unknown>
    baseOutputURI?: string
    logLevel?: number
  }
  export interface TransformResult {
    principalResult?: string
    resultDocuments?: Record<string, string>
  }
  export function transform(options: TransformOptions, mode?: 'sync'): TransformResult
  export function transform(options: TransformOptions, mode: 'async'): Promise<TransformResult>
  export function getResource(options: { text?: string; file?: string; type: string }): Promise<unknown>
  export function serialize(node: unknown, options?: Record<string, unknown>): string
  export const XPath: { evaluate(xpath: string, context?: unknown, options?: Record<string, unknown>): unknown }
  const SaxonJS: {
    transform: typeof transform
    getResource: typeof getResource
    serialize: typeof serialize
    XPath: typeof XPath
  }
  export default SaxonJS
}

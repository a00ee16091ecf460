// The part of salve-annos Lectio uses (its own .d.ts does not resolve under NodeNext).
declare module 'salve-annos' {
  export interface ValidationError { toString(): string; readonly msg: string }
  export interface GrammarWalker {
    fireEvent(name: string, params: string[]): false | ValidationError[]
    end(): false | ValidationError[]
  }
  export interface Grammar { newWalker(nameResolver: DefaultNameResolver): GrammarWalker }
  export class DefaultNameResolver {
    enterContext(): void
    leaveContext(): void
    definePrefix(prefix: string, uri: string): void
  }
  export function convertRNGToPattern(url: URL, options?: Record<string, unknown>): Promise<{ pattern: Grammar; simplified: unknown }>
  export function writeTreeToJSON(tree: unknown, version: number): string
  export function readTreeFromJSON(json: unknown): Grammar
  const salve: {
    convertRNGToPattern: typeof convertRNGToPattern
    writeTreeToJSON: typeof writeTreeToJSON
    readTreeFromJSON: typeof readTreeFromJSON
    DefaultNameResolver: typeof DefaultNameResolver
  }
  export default salve
}

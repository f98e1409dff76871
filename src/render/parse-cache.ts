// Parsing Markdown is the slowest step of generation, and most of a contract is library text
// that reads the same in every deal. So the document is cut into top-level blocks and each
// distinct block is parsed once; only blocks that carry deal facts (names, dates) are new.
import type { Root, RootContent } from 'mdast';

// A cut is safe before a line, after a blank line, that starts a new top-level block: a line
// at column 0 that is not a list item (which could continue a loose list).
const CUT = /\n\n+(?=[^\s\-*+>\d|])/;
// Constructs whose meaning crosses blocks: then the document is parsed whole.
const CROSS_BLOCK = /^(?:```|~~~|\[[^\]]+\]:)/m;
const MAX_ENTRIES = 5000;

export function cachedParser(parse: (markdown: string) => Root): (markdown: string) => Root {
  const cache = new Map<string, RootContent[]>();
  return (markdown) => {
    if (CROSS_BLOCK.test(markdown)) return parse(markdown);
    const children: RootContent[] = [];
    for (const block of markdown.split(CUT)) {
      let nodes = cache.get(block);
      if (!nodes) {
        nodes = parse(block).children;
        if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
        cache.set(block, nodes);
      }
      // Later stages set each top-level node's data and rewrite cross-reference links, so every
      // document gets its own top-level nodes, and its own deep copy where a link may change.
      children.push(...(block.includes('](#ref:') ? structuredClone(nodes) : nodes.map((n) => ({ ...n }))));
    }
    return { type: 'root', children };
  };
}

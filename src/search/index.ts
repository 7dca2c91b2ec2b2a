/** Find: full-text search over outcomes and document passages, with facets and "more like this". */
export { FACETS, type Facet, facetNamed, type SearchFilter } from './facets.js';
export { fold } from './fold.js';
export { type Clause, type ParsedQuery, parseQuery } from './query.js';
export { type SearchHit, type SearchOptions, type SearchResult, search } from './search.js';

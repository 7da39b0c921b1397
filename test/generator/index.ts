// Generator of consistent annual reports, their renderings in real page shapes, and controlled breakage.
export { generateReport, cloneReport, cellKey, parseKey, APPLICANTS, type Report, type CellKey, type GenerateOptions } from './report';
export { buildDoc, reportTitle, sectionRange, type ReportDoc, type Part } from './document';
export { render, ALL_SHAPES, HTML_SHAPES, TEXT_SHAPES, type Shape, type Rendered, type RenderOptions } from './shapes';
export { mutateCell, setCells, type Mutation } from './mutate';
export { failingRelations, relationsFor, relationsOfCell, relationId, expectedLocation, valueOf, type Relation } from './relations';
export { writesPlaceholder, isTotalCell, type PlaceholderStyle } from './values';
export { makeRng } from './prng';

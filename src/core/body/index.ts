// The body-map region model: ids, sides, mirroring, adjacency and plain words for regions.

export * from './pain-map.js';
export * from './region-words.js';
export * from './regions.js';
export * from './trunk.js';

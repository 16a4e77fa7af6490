// The public model. Content entries, published JSON, CSV columns and the
// data dictionary are all derived from these schemas.
export * from './common';
export * from './plan';
export * from './unit';
export * from './theme';

// The body map's public face for the web app: the interactive map, the plain figure and
// the referral drawing for the results page.
export { BodyFigure, type BodyFigureProps } from './BodyFigure.js';
export { BodyMap, type BodyMapProps } from './BodyMap.js';
export { type PainMarks, saddleAreaId } from './marks.js';
export { ReferralFigure, type ReferralFigureProps, type ReferralPoint } from './ReferralFigure.js';
export { regionGeometry, regionIdsInView } from './regions-geometry.js';
export { SavedPainMap } from './SavedPainMap.js';

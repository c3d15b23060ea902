// The body map's public face for the web app: the interactive map, the plain figure and
// the referral drawing for the results page.
export { BodyFigure, type BodyFigureProps } from './BodyFigure.js';
export { BodyMap, type BodyMapProps } from './BodyMap.js';
export { MapFigure, type MapFigureProps } from './MapFigure.js';
export { type PainMarks, saddleAreaId } from './marks.js';
export { type PointDot, PointDots } from './PointDots.js';
export { pointSpot, spreadSpots } from './point-spot.js';
export { ReferralFigure, type ReferralFigureProps, type ReferralPoint } from './ReferralFigure.js';
export { regionGeometry, regionIdsInView } from './regions-geometry.js';
export { SavedPainMap } from './SavedPainMap.js';
export { ViewTabs, views } from './ViewTabs.js';

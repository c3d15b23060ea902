// What "Start now" assumes until the person says more: at home (floor, wall, bed or chair), with
// the hands only, and a short first session, so the first relief comes in minutes.
import type { PlaceId } from '../../../core/spec/index.js';

export const quickPlaces: readonly PlaceId[] = ['floor', 'wall', 'bed', 'chair'];
export const quickMinutes = 10;

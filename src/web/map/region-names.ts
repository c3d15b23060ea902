// The names the map and results pages give body regions: the region's short name and the
// person's own side ("Low back beside the spine, your left"), one wording on both pages.
import { isRegionId, regionLabel } from '../../core/body/index.js';
import { saddleAreaId } from '../body-map/index.js';

// The spec's saddle name carries a note for developers ("marking it opens ..."); a person
// needs only to know which part of the body it is.
const saddleName = 'Saddle area (genitals, anus, inner buttocks)';

/** A region's plain name for a label or a list; an unknown id is shown as it is. */
export function plainRegionName(id: string): string {
  if (id === saddleAreaId) return saddleName;
  return isRegionId(id) ? regionLabel(id) : id;
}

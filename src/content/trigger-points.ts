// Trigger points of the low and mid back, one entry per side. Each pair is written once with
// side-less regions and mirrored, so left and right cannot drift apart.
// Referral zones follow the article where it speaks and Travell & Simons where it is silent.
import {
  type BodyArea,
  type BodySide,
  bodySides,
  type MuscleId,
  type RegionBase,
  type RegionId,
  regionOn,
} from './ids.js';
import type { TriggerPoint } from './schema.js';
import {
  article,
  bogdukLumbar,
  travellGluteusMaximus,
  travellGluteusMedius,
  travellGluteusMinimus,
  travellIliopsoas,
  travellParaspinals,
  travellPiriformis,
  travellQuadratus,
  travellSerratusPosteriorInferior,
} from './sources.js';

/** A point as written once for both sides: regions are bases, `low-back` not `low-back-left`. */
interface PointPair {
  readonly pair: string;
  readonly muscle: MuscleId;
  readonly step: 1 | 2 | 3 | null;
  readonly name: string;
  readonly location: string;
  readonly over: readonly RegionBase[];
  readonly referral: {
    readonly essential: readonly RegionBase[];
    readonly spillover: readonly RegionBase[];
  };
  readonly bodyArea: readonly BodyArea[];
  readonly text: string;
  readonly covers: readonly string[];
  readonly sources: readonly string[];
}

/** Said with every point, because maps of referred pain are averages (S15). */
export const referralCaveat =
  'Where a point sends pain is not the same for everyone. Use this map as a guide, not a diagnosis.';

const qlMuscle =
  'The quadratus lumborum, or QL, joins the lowest rib to the top of the hip bone, beside the spine. It lifts your hip a little with every step and keeps the low back steady as you walk, so it is called the hip hiker. Its points can cause pain in the low back, on the outer hip and at the top of the back of the thigh.';
const qlOuter =
  'This outer point, at the edge of the muscle, tends to send pain along the top of the hip bone and to the outside of the hip.';
const qlInner =
  'This inner point lies deep, where the muscle meets the spine. It tends to send pain to the joint beside the sacrum and to the lower buttock.';
const qlCovers = ['S35', 'S36', 'S37'] as const;
const qlSources = [article, travellQuadratus] as const;

const gluteusMaximusText =
  'The gluteus maximus is the big outer muscle of the buttock. It straightens the hip when you stand up, climb stairs or run. Its points tend to ache in the buttock itself and around the base of the spine, not far down the leg.';

const gluteusMinimusText =
  'The gluteus minimus is the smallest and deepest of the three buttock muscles. It helps keep the pelvis level when you stand on one leg. Its points can send pain a long way down the leg, so the pain is easy to mistake for a trapped nerve. If leg pain comes with numbness or weakness, see a doctor.';

const pointPairs = [
  {
    pair: 'glute-overlap-point',
    muscle: 'gluteus-medius',
    step: 1,
    name: 'Buttock point below the hip bone',
    location:
      'Find the top of your hip bone at the back. Slide a thumb width down from it, then in toward the flat bone at the base of the spine (the sacrum). Here the big buttock muscle lies over the one beneath it. The article says a small dimple in the skin may mark the spot, but no study has tested this sign.',
    over: ['buttock-upper', 'sacroiliac'],
    referral: {
      essential: ['low-back', 'iliac-crest', 'sacroiliac', 'thigh-back-upper'],
      spillover: ['sacrum', 'buttock-upper', 'buttock-lower'],
    },
    bodyArea: ['buttock'],
    text: 'The source article says to try this spot first for low back pain. It sits where two buttock muscles overlap. Its main pain zone is along the rim of the hip bone, over the joint beside the sacrum, and on the sacrum itself. The article says it can also send pain into the back of the thigh. That is its own claim: in the Travell maps, pain there is more typical of deeper buttock muscles. The article also says that for some people, easing this spot takes away most of their pain. No study has tested that.',
    covers: ['S15', 'S17', 'S18'],
    sources: [article, travellGluteusMedius, travellGluteusMaximus],
  },
  {
    pair: 'erector-neck-base-point',
    muscle: 'erector-spinae',
    step: 2,
    name: 'Spine muscle point at the base of the neck',
    location:
      'Bend your head forward a little and feel for the bony bump at the base of your neck. That is the C7 bump. The point lies just beside the spine, at the bump or a little below it. It is level with the top edge of your shoulder blade.',
    over: ['neck-base'],
    referral: {
      essential: ['neck-base'],
      spillover: ['between-shoulder-blades', 'thoracic-spine', 'shoulder-blade'],
    },
    bodyArea: ['spine', 'neck-shoulder'],
    text: 'The long spine muscles run down both sides of your spine. They hold you upright and help you lean back. Their points tend to hurt right where they are, with only a small spread. This one sits where the neck meets the upper back. Slumping forward puts a lot of load on it.',
    covers: ['S15', 'S22', 'S23', 'S24'],
    sources: [article, travellParaspinals],
  },
  {
    pair: 'erector-floating-rib-point',
    muscle: 'erector-spinae',
    step: 2,
    name: 'Spine muscle point at the lowest ribs',
    location:
      'Find your lowest ribs at your side, then follow them back to where they meet the spine. The point lies in the thick muscle just beside the spine at that level, about halfway down your back.',
    over: ['mid-back'],
    referral: {
      essential: ['mid-back', 'low-back'],
      spillover: [
        'flank',
        'thoracic-spine',
        'lumbar-spine',
        'buttock-upper',
        'upper-abdomen',
        'shoulder-blade',
      ],
    },
    bodyArea: ['spine', 'ribs'],
    text: 'This point sits in the mid back, where the lowest ribs join the spine. It often hurts right where it lies and a little below. Now and then it sends pain up over the shoulder blade, down toward the buttock, or round to the belly. Long hours bent forward load this part of the back.',
    covers: ['S15', 'S22', 'S23', 'S24'],
    sources: [article, travellParaspinals],
  },
  {
    pair: 'erector-lumbosacral-point',
    muscle: 'erector-spinae',
    step: 2,
    name: 'Spine muscle point just above the sacrum',
    location:
      'Put your hands on your hips and slide your thumbs back toward the spine. Just above the flat bone at the base of the spine, the hip bone curves in to meet it. The point lies in the muscle beside the spine, at that curve.',
    over: ['low-back', 'sacroiliac'],
    referral: {
      essential: ['low-back', 'sacroiliac', 'sacrum'],
      spillover: ['buttock-upper', 'buttock-lower', 'thigh-back-upper'],
    },
    bodyArea: ['spine'],
    text: 'This point lies low in the back, beside the spine and just above the sacrum. It tends to hurt where it sits, across the low back and the joint beside the sacrum. Where these muscles join the sacrum, they can also send pain into the top of the back of the thigh.',
    covers: ['S15', 'S22', 'S23', 'S26'],
    sources: [article, travellParaspinals],
  },
  {
    pair: 'multifidus-groove-point',
    muscle: 'multifidus',
    step: 2,
    name: 'Deep spine muscle in the groove beside the spine',
    location:
      'Run a finger down the bumps in the middle of your back. Move it a finger width to one side. You will feel a groove between the bumps and the thick muscle beside them. The multifidus lies deep in this groove, all the way down the spine.',
    over: ['low-back', 'mid-back', 'between-shoulder-blades'],
    referral: {
      essential: ['lumbar-spine', 'low-back'],
      spillover: ['thoracic-spine', 'sacrum', 'tailbone', 'lower-abdomen'],
    },
    bodyArea: ['spine'],
    text: 'The multifidus is a chain of small, deep muscles under the long spine muscles. Each part spans two to four bones of the spine. Its points often ache close to the middle of the back. Low ones can send pain to the tailbone, and a few send it round to the belly. It takes firm pressure to reach this deep.',
    covers: ['S15', 'S25', 'S32'],
    sources: [article, travellParaspinals, bogdukLumbar],
  },
  {
    pair: 'ql-rib-outer-point',
    muscle: 'quadratus-lumborum',
    step: 3,
    name: 'Hip hiker (QL), outer point at the lowest rib',
    location:
      'Find your lowest rib at your side and follow it back a little. The point lies just under it, at the outer edge of the muscle, in the soft space above your waist.',
    over: ['flank'],
    referral: {
      essential: ['iliac-crest', 'hip-side'],
      spillover: ['flank', 'low-back', 'lower-abdomen', 'thigh-back-upper'],
    },
    bodyArea: ['flank', 'ribs'],
    text: `${qlMuscle} ${qlOuter}`,
    covers: qlCovers,
    sources: qlSources,
  },
  {
    pair: 'ql-rib-inner-point',
    muscle: 'quadratus-lumborum',
    step: 3,
    name: 'Hip hiker (QL), inner point at the lowest rib',
    location:
      'Follow your lowest rib back toward the spine. Stop at the edge of the thick muscle that runs beside the spine. The point lies deep, just below the rib, and you press in toward the spine to reach it.',
    over: ['mid-back', 'low-back'],
    referral: {
      essential: ['sacroiliac', 'low-back'],
      spillover: ['sacrum', 'buttock-lower', 'iliac-crest', 'thigh-back-upper'],
    },
    bodyArea: ['spine', 'ribs'],
    text: `${qlMuscle} ${qlInner}`,
    covers: qlCovers,
    sources: qlSources,
  },
  {
    pair: 'ql-middle-outer-point',
    muscle: 'quadratus-lumborum',
    step: 3,
    name: 'Hip hiker (QL), outer point at the waist',
    location:
      'Find the spot halfway between your lowest rib and the top of your hip bone, at your side. The point lies at the outer edge of the muscle, at your waist.',
    over: ['flank'],
    referral: {
      essential: ['iliac-crest', 'hip-side'],
      spillover: ['flank', 'low-back', 'thigh-side', 'thigh-back-upper'],
    },
    bodyArea: ['flank'],
    text: `${qlMuscle} ${qlOuter}`,
    covers: qlCovers,
    sources: qlSources,
  },
  {
    pair: 'ql-middle-inner-point',
    muscle: 'quadratus-lumborum',
    step: 3,
    name: 'Hip hiker (QL), inner point at the waist',
    location:
      'Halfway between your lowest rib and the top of your hip bone, move in toward the spine. The point lies deep, at the edge of the thick muscle beside the spine.',
    over: ['low-back'],
    referral: {
      essential: ['sacroiliac', 'low-back'],
      spillover: ['buttock-lower', 'sacrum', 'thigh-back-upper'],
    },
    bodyArea: ['spine', 'flank'],
    text: `${qlMuscle} ${qlInner}`,
    covers: qlCovers,
    sources: qlSources,
  },
  {
    pair: 'ql-crest-outer-point',
    muscle: 'quadratus-lumborum',
    step: 3,
    name: 'Hip hiker (QL), outer point at the hip bone',
    location:
      'Put your hand on your hip and find the top edge of the hip bone at your side. The point lies just above that edge, a little toward the back.',
    over: ['flank', 'iliac-crest'],
    referral: {
      essential: ['hip-side', 'iliac-crest'],
      spillover: ['thigh-side', 'buttock-upper', 'thigh-back-upper'],
    },
    bodyArea: ['flank', 'hip'],
    text: `${qlMuscle} ${qlOuter}`,
    covers: qlCovers,
    sources: qlSources,
  },
  {
    pair: 'ql-crest-inner-point',
    muscle: 'quadratus-lumborum',
    step: 3,
    name: 'Hip hiker (QL), inner point at the hip bone',
    location:
      'Follow the top edge of your hip bone back toward the spine. The point lies just above the bone, deep, where it comes close to the side of the low spine.',
    over: ['low-back', 'iliac-crest'],
    referral: {
      essential: ['sacroiliac', 'buttock-lower', 'low-back'],
      spillover: ['sacrum', 'thigh-back-upper'],
    },
    bodyArea: ['spine', 'hip'],
    text: `${qlMuscle} ${qlInner}`,
    covers: qlCovers,
    sources: qlSources,
  },
  {
    pair: 'gluteus-maximus-sacral-point',
    muscle: 'gluteus-maximus',
    step: null,
    name: 'Big buttock muscle, point beside the sacrum',
    location:
      'Find the flat bone at the base of your spine (the sacrum). The point lies in the buttock just beside its edge, about halfway down, close to the joint between the sacrum and the hip bone.',
    over: ['buttock-upper', 'sacroiliac'],
    referral: {
      essential: ['sacroiliac', 'sacrum', 'buttock-lower'],
      spillover: ['buttock-upper', 'thigh-back-upper'],
    },
    bodyArea: ['buttock'],
    text: `${gluteusMaximusText} This point, next to the sacrum, tends to ache over the joint beside the sacrum and along the crease between the buttocks, down to the fold under the buttock.`,
    covers: ['S15'],
    sources: [travellGluteusMaximus],
  },
  {
    pair: 'gluteus-maximus-sit-bone-point',
    muscle: 'gluteus-maximus',
    step: null,
    name: 'Big buttock muscle, point above the sit bone',
    location:
      'Sit on a firm chair and feel the bony bump you sit on (the sit bone). Stand up. The point lies in the buttock a little above that bump.',
    over: ['buttock-lower'],
    referral: {
      essential: ['buttock-lower', 'buttock-upper', 'sacrum'],
      spillover: ['iliac-crest', 'sacroiliac'],
    },
    bodyArea: ['buttock'],
    text: `${gluteusMaximusText} This point, above the sit bone, is the one most often found. It tends to ache all over the buttock, deep inside it, and sometimes up to the sacrum and the rim of the hip bone. Sitting for a long time can make it worse.`,
    covers: ['S15'],
    sources: [travellGluteusMaximus],
  },
  {
    pair: 'gluteus-maximus-tailbone-point',
    muscle: 'gluteus-maximus',
    step: null,
    name: 'Big buttock muscle, lowest point near the tailbone',
    location:
      'Find the tip of your tailbone, at the bottom of the crease between the buttocks. The point lies in the lowest part of the buttock, a few finger widths out to the side of it.',
    over: ['buttock-lower', 'tailbone'],
    referral: {
      essential: ['tailbone'],
      spillover: ['buttock-lower', 'sacrum'],
    },
    bodyArea: ['buttock'],
    text: `${gluteusMaximusText} This lowest point, near the tailbone, tends to make the tailbone ache. Tailbone pain after a fall, or with a fever, needs a doctor.`,
    covers: ['S15'],
    sources: [travellGluteusMaximus],
  },
  {
    pair: 'gluteus-minimus-front-point',
    muscle: 'gluteus-minimus',
    step: null,
    name: 'Small buttock muscle, front point',
    location:
      'Stand and find the bony knob at the outside of your hip. The point lies a few finger widths above it and a little to the front, below the rim of the hip bone.',
    over: ['hip-side'],
    referral: {
      essential: ['thigh-side', 'leg-side'],
      spillover: ['hip-side', 'buttock-upper', 'foot'],
    },
    bodyArea: ['hip'],
    text: `${gluteusMinimusText} The front part tends to send pain down the outside of the thigh and the lower leg.`,
    covers: ['S15'],
    sources: [travellGluteusMinimus],
  },
  {
    pair: 'gluteus-minimus-back-point',
    muscle: 'gluteus-minimus',
    step: null,
    name: 'Small buttock muscle, back point',
    location:
      'Find the top of your hip bone at your side. Go about a hand width down and a little back, into the upper outer buttock. The point lies deep, under the other buttock muscles.',
    over: ['buttock-upper'],
    referral: {
      essential: ['buttock-lower', 'thigh-back-upper', 'thigh-back-lower'],
      spillover: ['buttock-upper', 'calf'],
    },
    bodyArea: ['buttock'],
    text: `${gluteusMinimusText} The back part tends to send pain into the lower buttock and down the back of the thigh, sometimes to the calf.`,
    covers: ['S15'],
    sources: [travellGluteusMinimus],
  },
  {
    pair: 'piriformis-point',
    muscle: 'piriformis',
    step: null,
    name: 'Piriformis point, deep in the buttock',
    location:
      'Picture a line from the lower edge of the sacrum to the bony knob at the outside of your hip. The muscle runs along this line, deep in the middle of the buttock. The point is often about a third of the way in from the knob.',
    over: ['buttock-lower', 'buttock-upper'],
    referral: {
      essential: ['sacroiliac', 'buttock-lower'],
      spillover: ['buttock-upper', 'hip-side', 'thigh-back-upper', 'thigh-back-lower'],
    },
    bodyArea: ['buttock'],
    text: 'The piriformis is a small muscle deep in the buttock that turns the thigh out. When it stays short, the foot on that side may turn out. Its points can ache near the sacrum, across the buttock to the back of the hip, and down the back of the thigh.',
    covers: ['S10', 'S15'],
    sources: [article, travellPiriformis],
  },
  {
    pair: 'iliopsoas-point',
    muscle: 'iliopsoas',
    step: null,
    name: 'Hip flexor (psoas and iliacus) point',
    location:
      'The psoas lies deep in the belly, beside the spine and behind the gut. The iliacus lines the inside of the hip bone. Both pass into the groin just below the crease at the top of the thigh. You can only reach them from the front.',
    over: ['lower-abdomen', 'groin'],
    referral: {
      essential: ['low-back', 'groin', 'thigh-front-upper'],
      spillover: ['sacroiliac', 'buttock-upper', 'sacrum'],
    },
    bodyArea: ['belly', 'psoas', 'groin'],
    text: 'The psoas and the iliacus work together to bend the hip. Their points can send pain up and down the low back on the same side, and to the groin and the front of the thigh. The psoas is tender in almost everyone, so a tender psoas does not mean it needs work. Unknot eases it with slow, gentle releases, not with hard pressure in the belly.',
    covers: ['S05', 'S06', 'S15'],
    sources: [article, travellIliopsoas],
  },
  {
    pair: 'serratus-posterior-inferior-point',
    muscle: 'serratus-posterior-inferior',
    step: null,
    name: 'Lower rib muscle point',
    location:
      'This thin muscle lies over your lowest four ribs at the back. The point lies over these ribs, about a hand width out from the spine, near the level of your elbow when your arm hangs down.',
    over: ['mid-back'],
    referral: {
      essential: ['mid-back', 'flank'],
      spillover: ['lower-ribs-front', 'low-back'],
    },
    bodyArea: ['ribs'],
    text: 'The serratus posterior inferior is a thin sheet of muscle over the lowest ribs at the back. It may help steady those ribs as you twist and bend. Its points cause a nagging ache over the lower ribs that can spread round the side. Rib pain with a cough, a fever or trouble breathing needs a doctor.',
    covers: ['S15'],
    sources: [travellSerratusPosteriorInferior],
  },
] as const satisfies readonly PointPair[];

export type TriggerPointPairId = (typeof pointPairs)[number]['pair'];
export type TriggerPointId = `${TriggerPointPairId}-${BodySide}`;

const regionsOn = (bases: readonly RegionBase[], side: BodySide): RegionId[] =>
  bases.map((base) => regionOn(base, side));

/** One side of a pair; the right side is the left with every `-left` region turned `-right`. */
function onSide<P extends PointPair, S extends BodySide>(pair: P, side: S) {
  return {
    id: `${pair.pair}-${side}` as `${P['pair']}-${S}`,
    pair: pair.pair as P['pair'],
    side,
    muscle: pair.muscle as P['muscle'],
    step: pair.step as P['step'],
    name: `${pair.name} (${side})`,
    location: pair.location,
    over: regionsOn(pair.over, side),
    referral: {
      essential: regionsOn(pair.referral.essential, side),
      spillover: regionsOn(pair.referral.spillover, side),
    },
    bodyArea: pair.bodyArea,
    text: `${pair.text} ${referralCaveat}`,
    covers: pair.covers,
    sources: pair.sources,
  } satisfies TriggerPoint;
}

export const triggerPoints = pointPairs.flatMap((pair) =>
  bodySides.map((side) => onSide(pair, side)),
) satisfies readonly TriggerPoint[];

export const triggerPointIds: readonly TriggerPointId[] = triggerPoints.map((point) => point.id);

const byId: ReadonlyMap<string, (typeof triggerPoints)[number]> = new Map(
  triggerPoints.map((point) => [point.id, point]),
);

/** The point with this id, or undefined for an id the knowledge base does not hold. */
export const findTriggerPoint = (id: string) => byId.get(id);

/** Both sides of a pair, left first. */
export const pairOf = (pair: TriggerPointPairId) =>
  triggerPoints.filter((point) => point.pair === pair);

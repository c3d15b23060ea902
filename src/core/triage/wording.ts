// The plain words (reading grade 8 or lower) triage says to a person, keyed by the spec's
// question, rule and precaution ids. The clinical facts and their sources are in safety-screen.json.
import type { SeeSomeone } from '../contracts/triage.js';

export interface ReasonWording {
  /** One or two plain sentences on why this answer matters. */
  readonly why: string;
  /** What to tell the doctor, read after "Tell them". */
  readonly tell: string;
  /**
   * A same-day check where the spec's own words ask for one but the spec has no
   * `"when": "same-day"` mark (which triage reads itself).
   */
  readonly sameDay?: true;
  /**
   * Replaces the level's usual action: a rule that stops self-care below the urgent level, or a
   * routine answer that needs a doctor rather than a physio.
   */
  readonly action?: string;
}

export interface PrecautionWording {
  /** How the plan changes. */
  readonly change: string;
  /** Why the plan changes. */
  readonly why: string;
}

/** What to do, by how soon someone must be seen. */
export const actionWording: Readonly<Record<SeeSomeone, string>> = {
  now: 'Stop self-treatment and get emergency help now. Call your local emergency number, or go straight to a hospital.',
  'same-day': 'Stop self-treatment and see a doctor today.',
  'within-48-hours': 'Stop self-treatment and see a doctor within 24 to 48 hours.',
  soon: 'You can go on with self-care, but see a doctor or physio soon.',
  'no-need': 'Nothing you told us needs a doctor right now. You can go on with self-care.',
};

/** The action for a rule that stops self-care below the urgent level but has no wording yet. */
export const stopSoonWording = 'Stop self-treatment and see a doctor soon.';

/** Replaces the action of a lesser reason when another reason has already stopped self-care. */
export const alsoTellWording = 'Tell the doctor about this too.';

/** Said with every result that allows self-care, so a new sign brings the person back. */
export const changeWording = 'If anything changes or gets worse, answer the questions again.';

const squeezedNerves =
  'This can mean the nerves at the bottom of the spine are being squeezed. Fast care helps protect them.';

/** Wording for every yes/no question above self-care-ok and every rule (spec ids). */
export const reasonWording: Readonly<Record<string, ReasonWording>> = {
  // Emergency questions: NHS "Back pain: when to get help"; NICE CKS low back pain (2018).
  'saddle-numbness': {
    why: `You have new numbness or odd feeling around your groin, bottom or inner thighs. ${squeezedNerves}`,
    tell: 'where the numbness is and when it started',
  },
  'bladder-change': {
    why: `Passing urine has changed since the back pain began. ${squeezedNerves}`,
    tell: 'how passing urine has changed and when it started',
  },
  'bowel-change': {
    why: `Your bowel control or feeling has changed. ${squeezedNerves}`,
    tell: 'how your bowel control has changed and when it started',
  },
  'sexual-function-change': {
    why: `Feeling in your genitals, or sexual function, has changed since the pain began. ${squeezedNerves}`,
    tell: 'what has changed and when it started',
  },
  'both-legs-symptoms': {
    why: `You have symptoms in both legs. ${squeezedNerves}`,
    tell: 'which symptoms you have in each leg and when they spread',
  },
  'major-trauma': {
    why: 'After a serious accident, a bone in the spine may be broken.',
    tell: 'what happened in the accident and when',
  },
  'chest-pain': {
    why: 'Chest pain or trouble breathing with back pain can come from the heart or lungs.',
    tell: 'about the chest pain or breathing trouble and when it began',
  },
  'sudden-tearing-pain': {
    why: 'Sudden bad pain with feeling faint or sweaty can mean the main blood vessel in the belly is leaking or torn.',
    tell: 'when the pain came on and how you feel',
  },
  // Urgent questions: NHS, NICE CKS, Chou et al. 2007; dvt-now also Bartsch et al. 2021.
  'leg-weakness-worsening': {
    why: 'A leg that keeps getting weaker can mean a nerve is losing its power. It needs a check today.',
    tell: 'which leg is weaker, what it stops you doing, and since when',
    sameDay: true,
  },
  fever: {
    why: 'A fever with back pain can mean an infection in or near the spine. It needs a check today.',
    tell: 'your temperature and how long you have felt unwell',
  },
  'weight-loss': {
    why: 'Losing weight without trying can be a sign of an illness, such as cancer, that needs a check.',
    tell: 'how much weight you have lost and over how long',
  },
  'pulsing-belly': {
    why: 'A pulsing belly can mean a swollen main blood vessel. Do not press on your belly. If sudden bad pain comes or you feel faint, get emergency help now.',
    tell: 'about the pulsing in your belly',
  },
  'back-lump-deformity': {
    why: 'A new lump, or a change in the shape of your back, needs a doctor to look at it.',
    tell: 'when you first noticed the lump or change',
  },
  'dvt-now': {
    why: 'A swollen, warm or red leg can mean a blood clot, and pressing on a clot is not safe. If you also get chest pain or feel short of breath, get emergency help now.',
    tell: 'which leg is swollen and since when, or about the clot you are treated for',
  },
  // Routine questions: Henschke 2013, Downie 2013, Finucane 2020, NICE NG59 and NG65.
  'cancer-history': {
    why: 'Past cancer makes a serious cause of back pain more likely. Your doctor should know about this pain.',
    tell: 'what cancer you had and when',
    // A doctor, not a physio: only a doctor can order the tests that rule out a return.
    action: 'You can go on with self-care, but see a doctor soon.',
  },
  'night-rest-pain': {
    why: 'Pain that rest does not ease, or that is worse at night, is worth a check, though alone it is seldom serious.',
    tell: 'that rest does not ease your pain, or that nights are worse',
  },
  'upper-back-constant': {
    why: 'Constant pain between the shoulder blades is more often linked to a cause that needs a doctor.',
    tell: 'where the pain is and that it stays the same when you move',
  },
  'iv-drug-use': {
    why: 'Injecting drugs raises the risk of an infection in the spine.',
    tell: 'that you inject drugs or did in the past year',
  },
  immunosuppressed: {
    why: 'A weak immune system raises the risk of an infection in the spine.',
    tell: 'what weakens your immune system, such as a medicine or illness',
  },
  'recent-infection': {
    why: 'Germs from a recent infection, jab or spine operation can reach the spine.',
    tell: 'what you had and when',
  },
  'long-term-steroids': {
    why: 'Steroid tablets taken for months thin the bones and raise the risk of infection.',
    tell: 'which steroid you take and for how long',
  },
  'leg-pain-below-knee': {
    why: 'Pain with pins and needles below the knee may come from a nerve in your back (sciatica). Gentle self-care can go on while it is checked.',
    tell: 'where the leg pain goes and what makes it worse',
  },
  'inflammatory-pattern': {
    why: 'Long-lasting pain with morning stiffness that eases as you move can be an inflamed spine. A joint doctor (rheumatologist) can check it.',
    tell: 'about your morning stiffness and when the pain began',
  },
  'no-improvement-4-weeks': {
    why: 'Pain that has not got any better after about 4 weeks deserves a fresh look.',
    tell: 'what you have tried and how long the pain has lasted',
  },
  'recent-spine-surgery': {
    why: 'After a spine operation, your surgeon knows best what is safe. Ask them before you press near the area.',
    tell: 'about your operation and when it was',
  },
  // Rules: their sources are listed with each rule in the spec.
  'fracture-risk': {
    why: 'Two or more of your answers raise the chance that a bone in your spine is broken.',
    tell: 'that you may have a broken bone in the spine, and which answers point to it',
  },
  'serious-cause-cluster': {
    why: 'Several of your answers are mild warning signs. Each means little alone, but together they need a prompt check.',
    tell: 'which warning signs you have',
  },
  'cancer-new-pain': {
    why: 'New back pain after having had cancer needs a prompt check.',
    tell: 'what cancer you had and when this pain began',
  },
  'infection-risk-fever': {
    why: 'A fever, together with a higher risk of infection, can mean an infection in the spine. It needs a check today.',
    tell: 'your temperature and what raises your risk of infection',
  },
  'bleed-risk-weakness': {
    why: 'A leg getting weaker while you take blood thinners can mean bleeding near the spinal cord. It must be checked at once.',
    tell: 'which blood thinner you take, and when the weakness began',
  },
  'weakness-with-nerve-signs': {
    why: `A weaker leg along with other nerve signs is serious. ${squeezedNerves}`,
    tell: 'about the weak leg and the other nerve signs',
  },
  'new-pain-age': {
    why: 'New back pain at your age is more often caused by something that needs a doctor.',
    tell: 'your age and when this pain began',
  },
  'under-16': {
    why: "Unknot is made for people 16 and over. A young person's back pain needs a doctor and a parent or carer.",
    tell: 'where your back hurts and since when',
    action:
      'Please stop, and do not use Unknot on your own. See a doctor soon, with a parent or carer.',
  },
};

/** How each precaution changes the plan, keyed by the spec's precaution ids (Bartsch et al. 2021). */
export const precautionWording: Readonly<Record<string, PrecautionWording>> = {
  'gentle-pressure': {
    change:
      'Your plan keeps pressure light to medium. You never lean your full weight on a ball or block, holds are shorter, and you stop if a bruise appears.',
    why: 'With blood thinners or a bleeding problem, you bruise and bleed more easily.',
  },
  'gentle-pressure-no-heat': {
    change: 'Your plan uses light pressure only, and no heat pack where your skin feels less.',
    why: 'With less feeling, you may not notice too much pressure or a burn.',
  },
  'fragile-bones': {
    change:
      'Your plan never puts your body weight on a ball, block or dumbbell over your ribs or spine. You press with your hands, or stand against a wall and press lightly.',
    why: 'Thin bones can crack under your body weight.',
  },
  pregnancy: {
    change:
      'Your plan has no pressure on your belly or the deep hip muscle (psoas), and never has you lie flat on your back. It uses side-lying and wall positions. Agree your self-care with your midwife or doctor.',
    why: 'This keeps you and your baby safe.',
  },
  'no-belly-pressure': {
    change:
      'Your plan has no pressure on your belly, groin or deep hip muscle (psoas). It leaves out psoas releases.',
    why: 'Pressing there could harm a weak spot, a scar or a blood vessel.',
  },
  'no-leg-pressure': {
    change: 'Your plan has no pressure on your legs. It keeps to your back and hips.',
    why: 'Pressing on a blood clot could move it.',
  },
  'skip-marked-area': {
    change: 'Mark the area on the body map. No step in your plan presses on it or next to it.',
    why: 'Pressing there could hurt your skin or a mending bone, or spread an infection.',
  },
  'avoid-operated-area': {
    change:
      'Your plan does not press on or near the spot where you had surgery, until your surgeon says it is fine.',
    why: 'That spot needs time to settle after your operation.',
  },
};

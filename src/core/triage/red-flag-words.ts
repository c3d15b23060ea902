// Each warning sign of the safety screen as one plain line for a list ("Get help now if ..."),
// keyed by the spec's question and rule ids. Levels, timing and sources come from the spec.

/** One line per yes/no question above self-care-ok and per rule of safety-screen.json. */
export const redFlagWords: Readonly<Record<string, string>> = {
  // Emergency: NHS "Back pain: when to get help"; NICE CKS low back pain (2018).
  'saddle-numbness': 'New numbness or tingling around your genitals, bottom or inner thighs',
  'bladder-change':
    'Passing urine has changed since the back pain began: it is hard to start, the flow is weak, or you leak',
  'bowel-change': 'You lose control of your bowels, or cannot feel when you need to go',
  'sexual-function-change': 'New loss of feeling in your genitals, or new trouble with sex',
  'both-legs-symptoms': 'Pain, numbness, tingling or weakness in both legs',
  'major-trauma': 'The pain began after a serious accident, such as a car crash or a bad fall',
  'chest-pain': 'Chest pain, trouble breathing, or pain that spreads to your arm or jaw',
  'sudden-tearing-pain':
    'Sudden, very bad back or belly pain, with feeling faint, sweaty or short of breath',
  'bleed-risk-weakness': 'A leg getting weaker while you take blood thinners',
  'weakness-with-nerve-signs': 'A leg getting weaker, along with any other nerve sign on this list',
  // Urgent.
  'leg-weakness-worsening': 'A leg getting weaker: the foot drags or slaps, or the knee gives way',
  fever: 'A temperature of 38 C (100.4 F) or more, chills, or feeling unwell with the back pain',
  'pulsing-belly':
    'A pulsing in your belly like a heartbeat, or a swollen main blood vessel (aneurysm) you know of',
  'dvt-now': 'A swollen, warm or red calf or thigh, or a blood clot you are being treated for',
  'infection-risk-fever':
    'A fever, and a higher risk of germs in the spine. You inject drugs, your body is weak at fighting germs, or you had an infection or spine operation lately',
  'weight-loss': 'Losing weight without trying',
  'back-lump-deformity': 'A new lump in your back, or a change in its shape',
  'fracture-risk':
    'Two or more of these. You are 65 or older. You take steroid pills for months. You have thin bones. The pain began after a small fall or lift, or a bad accident',
  'serious-cause-cluster':
    'Two or more of these. You are over 50. You lose weight without trying. You are no better after 4 weeks. It hurts more at night or at rest. The pain between your shoulder blades never stops. You had cancer',
  'cancer-new-pain': 'New back pain, under 6 weeks old, after having had cancer',
  // Routine.
  'cancer-history': 'You have had cancer (not a simple skin cancer)',
  'night-rest-pain': 'Pain that rest does not ease, or that is worse at night',
  'upper-back-constant': 'Constant pain between or around your shoulder blades',
  'iv-drug-use': 'You inject drugs, or did in the past year',
  immunosuppressed: 'A weak immune system, from an illness or a medicine',
  'recent-infection': 'An infection, or an injection into the spine, in the last 3 months',
  'long-term-steroids': 'Steroid tablets taken for more than about 3 months',
  'leg-pain-below-knee': 'Pain with pins and needles or numbness below the knee, in one leg',
  'inflammatory-pattern':
    'Pain for over 3 months that began before age 45, with morning stiffness that eases as you move',
  'no-improvement-4-weeks': 'No better at all after about 4 weeks of self-care',
  'recent-spine-surgery': 'An operation on your spine in the last 3 months',
  'new-pain-age': 'New back pain, under 6 weeks old, when you are under 20 or over 50',
  'under-16': 'You are under 16: see a doctor with a parent or carer, not Unknot alone',
};

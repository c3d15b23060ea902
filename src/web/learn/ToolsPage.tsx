// Every tool from softest to firmest, with its size, firmness and a stand-in from home.
// No shop links, ever: Unknot sells nothing and sends no one to buy (S56).
import type { ContentResponse } from '../../core/contracts/content.js';
import { ContentStatus, useContent } from '../content/index.js';
import { LearnPage, SourceList } from './LearnPage.js';
import { firmnessText, spokenList, toolSizeText } from './learn-words.js';
import { firmestOrder, softestFirst } from './tool-order.js';

type Tool = ContentResponse['tools'][number];

function ToolEntry({ tool, firmest }: { readonly tool: Tool; readonly firmest: number }) {
  return (
    <li id={tool.id} className="learn-entry">
      <h2>{tool.name}</h2>
      <p>{tool.text}</p>
      <dl className="learn-facts">
        <dt>Firmness</dt>
        <dd>{firmnessText(tool.firmnessOrder, firmest)}</dd>
        <dt>Size</dt>
        <dd>{toolSizeText(tool.size)}</dd>
        {tool.suits && (
          <>
            <dt>Best for</dt>
            <dd>A {spokenList(tool.suits, 'or')} body</dd>
          </>
        )}
        <dt>From home instead</dt>
        <dd>{tool.householdAlternative}</dd>
      </dl>
      <SourceList sources={tool.sources} />
    </li>
  );
}

export function ToolsPage() {
  const state = useContent();
  const tools = state.status === 'ready' ? softestFirst(state.value.tools) : [];
  return (
    <LearnPage title="Tools, softest to firmest">
      <p className="lead">
        Start with the softest tool that reaches the spot, and go firmer only if you need to. You do
        not need to buy anything: each tool has a stand-in from home.
      </p>
      <p className="learn-small">Firmness goes from 1, the softest, upward.</p>
      <ContentStatus state={state} />
      {tools.length > 0 && (
        <ol className="learn-plain-list">
          {tools.map((tool) => (
            <ToolEntry key={tool.id} tool={tool} firmest={firmestOrder(tools)} />
          ))}
        </ol>
      )}
    </LearnPage>
  );
}

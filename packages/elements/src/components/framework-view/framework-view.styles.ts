// SPDX-License-Identifier: MIT
// Styles of <apq-framework-view> only; tokens, the kit (tags, insets, summary lists, warnings)
// and the shared print rules come from the base class.
import { css } from 'lit';
import { formStyles } from '../../styles/forms.styles.js';

export const styles = [
  formStyles,
  css`
    .base {
      --_max-width: var(--apq-framework-view-max-width, 60rem);
      --_highlight: var(--apq-framework-view-highlight-color, #fff2a8);
      max-width: var(--_max-width);
    }

    .header .heading-l {
      margin-bottom: calc(var(--_unit) * 3);
    }
    .meta {
      margin-bottom: calc(var(--_unit) * 6);
    }
    .heading-m,
    .heading-s,
    .heading-l {
      scroll-margin-top: calc(var(--_unit) * 4);
    }
    .heading-xs {
      font-size: 1em;
      font-weight: 700;
      margin: calc(var(--_unit) * 4) 0 calc(var(--_unit) * 2);
    }
    .tags {
      display: inline-flex;
      flex-wrap: wrap;
      gap: var(--_unit);
      vertical-align: middle;
      font-size: 1rem;
      font-weight: 400;
    }
    .heading-l .tags,
    .heading-m .tags {
      font-size: 0.6em;
    }
    .previous {
      margin: 0 0 calc(var(--_unit) * 3);
    }

    /* Tags: GOV.UK's colours; the words always say what the colour shows. */
    .tag--added,
    .tag--published {
      color: #005a30;
      background-color: #cce2d8;
    }
    .tag--reworded,
    .tag--moved,
    .tag--renumbered,
    .tag--focus {
      color: #0c2d4a;
      background-color: #bbd4ea;
    }
    .tag--changed {
      color: #594d00;
      background-color: #fff7bf;
    }
    .tag--removed,
    .tag--withdrawn,
    .tag--limiting {
      color: #2a0b06;
      background-color: #f4cdc6;
    }
    .tag--provisional {
      color: #491644;
      background-color: #efdfed;
    }
    .tag--draft,
    .tag--not-yet-written,
    .tag--canonical {
      color: #282d30;
      background-color: #e5e6e7;
    }

    .highlight {
      color: inherit;
      background-color: var(--_highlight);
      box-shadow: 0 0 0 1px var(--_highlight);
    }

    /* Filter and results */
    .filter {
      margin-top: calc(var(--_unit) * 6);
    }
    .filter .form-group {
      margin-bottom: calc(var(--_unit) * 3);
    }
    .results {
      margin-bottom: calc(var(--_unit) * 6);
    }
    .results__count {
      font-weight: 700;
    }
    .results__none {
      padding: calc(var(--_unit) * 3) calc(var(--_unit) * 4);
      border-left: 5px solid var(--_border);
    }
    .results__none > :last-child {
      margin-bottom: 0;
    }

    /* Banners for a use and for a comparison */
    .use-banner,
    .comparison {
      margin: calc(var(--_unit) * 6) 0;
      padding: calc(var(--_unit) * 4);
      border: 5px solid var(--_link);
      background-color: var(--_panel);
    }
    .use-banner .heading-m,
    .comparison .heading-m {
      margin-top: 0;
    }
    .use-banner > :last-child,
    .comparison > :last-child {
      margin-bottom: 0;
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_unit) * 2) calc(var(--_unit) * 6);
      margin: 0 0 calc(var(--_unit) * 4);
    }
    .counts__item {
      margin: 0;
    }
    .counts__item dt {
      font-weight: 700;
    }
    .counts__item dd {
      margin: 0;
      font-size: 1.5em;
      font-weight: 700;
    }

    /* Contents */
    .contents {
      margin-bottom: calc(var(--_unit) * 8);
    }
    .contents__categories {
      columns: 2 18rem;
      column-gap: calc(var(--_unit) * 8);
    }
    .contents__categories > li {
      break-inside: avoid;
      margin-bottom: calc(var(--_unit) * 3);
    }
    .contents__category {
      display: block;
      font-weight: 700;
      margin-bottom: var(--_unit);
    }
    .contents__areas {
      margin: 0;
    }

    /* Structure */
    .section {
      margin-top: calc(var(--_unit) * 10);
    }
    .category {
      margin-top: calc(var(--_unit) * 12);
    }
    .category__heading {
      margin-bottom: calc(var(--_unit) * 3);
    }
    .area {
      margin-top: calc(var(--_unit) * 8);
      padding-top: calc(var(--_unit) * 2);
      border-top: 1px solid var(--_border);
    }
    .area__heading {
      margin-top: calc(var(--_unit) * 2);
    }
    .sub-area {
      margin-top: calc(var(--_unit) * 4);
    }
    .questions {
      margin: 0 0 calc(var(--_unit) * 4);
      padding-left: 1.5em;
    }
    .question {
      margin-bottom: calc(var(--_unit) * 3);
    }
    .question__text {
      margin: 0;
    }
    .question__guidance {
      margin: var(--_unit) 0 0;
    }

    /* Grade descriptors */
    .descriptors {
      margin-top: calc(var(--_unit) * 6);
    }
    .level {
      margin-top: calc(var(--_unit) * 4);
    }
    .level__lead {
      margin-bottom: calc(var(--_unit) * 2);
    }
    .limiting-note {
      margin: 0 0 calc(var(--_unit) * 3);
      padding: calc(var(--_unit) * 2) calc(var(--_unit) * 3);
      border-left: 5px solid var(--_error);
    }
    .descriptor__items {
      margin-top: var(--_unit);
    }
    .footnote-ref {
      line-height: 0;
    }
    .footnote__marker {
      font-weight: 700;
      margin-right: var(--_unit);
    }
    .removed-list > li {
      color: var(--_secondary);
    }

    /* Uses */
    .uses {
      margin: 0;
    }
    .use {
      padding: calc(var(--_unit) * 3) 0;
      border-bottom: 1px solid var(--_border);
    }
    .use dt {
      font-weight: 700;
      margin-bottom: var(--_unit);
    }
    .use dd {
      margin: 0;
    }
    .use dd > :last-child {
      margin-bottom: 0;
    }
    .inline-list {
      display: inline;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .inline-list > li {
      display: inline;
    }
    .inline-list > li:not(:last-child)::after {
      content: ', ';
    }

    /* The crosswalk table */
    .table {
      width: 100%;
      margin-bottom: calc(var(--_unit) * 6);
      border-collapse: collapse;
      border-spacing: 0;
    }
    .table th,
    .table td {
      padding: calc(var(--_unit) * 2) calc(var(--_unit) * 4) calc(var(--_unit) * 2) 0;
      border-bottom: 1px solid var(--_border);
      text-align: left;
      vertical-align: top;
    }
    .table__area {
      width: 40%;
    }
    .table .list {
      margin-bottom: var(--_unit);
    }
    .crosswalk__notes {
      margin: 0;
    }
    .breakdown {
      display: flex;
      flex-wrap: wrap;
      gap: 0 calc(var(--_unit) * 8);
    }
    .breakdown__group {
      flex: 1 1 14rem;
    }
    .breakdown .heading-s {
      margin-top: 0;
      margin-bottom: calc(var(--_unit) * 2);
    }
    .table td:last-child,
    .table th:last-child {
      padding-right: 0;
    }

    @media (max-width: 40em) {
      .table th,
      .table td {
        padding-right: calc(var(--_unit) * 2);
      }
    }

    @media (forced-colors: active) {
      .highlight {
        forced-color-adjust: none;
        color: HighlightText;
        background-color: Highlight;
      }
      .use-banner,
      .comparison,
      .limiting-note {
        border-color: CanvasText;
      }
    }

    @media print {
      .base {
        max-width: none;
      }
      .contents,
      .filter {
        display: none !important;
      }
      .use-banner,
      .comparison {
        border-width: 2px;
        background: none;
      }
      .tag {
        border: 1px solid currentColor;
        background: none !important;
      }
      .highlight {
        background: none;
        box-shadow: none;
        text-decoration: underline;
      }
      .category + .category {
        break-before: page;
      }
      .category__heading,
      .category > .lead,
      .area__heading,
      .level__heading,
      .sub-area .heading-s {
        break-after: avoid;
      }
      .question,
      .descriptor,
      .limiting-note,
      .use,
      .inset {
        break-inside: avoid;
      }
    }
  `,
];

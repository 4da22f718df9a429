import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import Chart from 'chart.js/auto';

type Dataset = { label: string; data: number[] };

/**
 * A small Chart.js chart (bar or line) for the admin dashboard. Set `labels` and `datasets`
 * ({label, data} each); changes redraw without animation.
 */
@customElement('usage-chart')
export class UsageChart extends LitElement {
  static styles = css`
    :host { display: block; position: relative; height: 220px; }
    canvas { position: absolute; inset: 0; }
  `;

  @property() type: 'bar' | 'line' = 'bar';
  @property({ type: Array }) labels: string[] = [];
  @property({ type: Array }) datasets: Dataset[] = [];
  @property({ attribute: 'chart-title' }) chartTitle = '';

  @query('canvas') private canvas!: HTMLCanvasElement;
  private chart?: Chart;

  render() {
    return html`<canvas role="img" aria-label=${this.chartTitle}></canvas>`;
  }

  updated() {
    const data = { labels: this.labels, datasets: this.datasets.map((d) => ({ ...d })) };
    if (this.chart) {
      this.chart.data = data;
      this.chart.update('none');
      return;
    }
    this.chart = new Chart(this.canvas, {
      type: this.type,
      data,
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { title: { display: !!this.chartTitle, text: this.chartTitle }, legend: { display: this.datasets.length > 1 } },
        // every series counts whole things (edits, whole compute seconds): no 0.2 of an edit on the axis
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    this.setAttribute('drawn', '');
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
    super.disconnectedCallback();
  }
}

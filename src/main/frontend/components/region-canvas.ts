import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

type Tool = 'rect' | 'brush' | 'eraser' | 'lasso';
type Point = { x: number; y: number };

/**
 * Shows an image and lets the user select a region on it: rectangle, brush, eraser and lasso, drawn into a mask at
 * the image's full resolution and shown as a translucent overlay. Wheel zooms around the cursor, space+drag or the
 * middle button pans, `[` and `]` change the brush size, holding `o` shows `compareSrc` (the image before).
 *
 * Events: `selection-changed` ({empty}), `brush-size-changed` ({size}), `image-loaded` ({width, height}).
 * Methods: `exportMask()` (PNG data URL of the mask, '' when nothing is selected), `clearSelection()`,
 * `invertSelection()`, `fit()`, `actualSize()`.
 */
@customElement('region-canvas')
export class RegionCanvas extends LitElement {
  static styles = css`
    :host { display: block; position: relative; overflow: hidden; background: var(--lumo-contrast-5pct);
      border-radius: var(--lumo-border-radius-m); touch-action: none; outline: none; }
    :host(:focus-visible) { box-shadow: 0 0 0 2px var(--lumo-primary-color-50pct); }
    canvas { position: absolute; inset: 0; width: 100%; height: 100%; }
    .hint { position: absolute; left: 50%; top: 50%; transform: translate(-50%, -50%);
      color: var(--lumo-secondary-text-color); text-align: center; pointer-events: none; }
    .split { position: absolute; top: 0; bottom: 0; width: 2px; background: white; box-shadow: 0 0 3px black;
      pointer-events: none; }
    .split-range { position: absolute; left: 10%; right: 10%; bottom: var(--lumo-space-s); width: 80%; }
  `;

  /** URL of the image to edit. */
  @property() src = '';
  /** URL of the image before (shown while `o` is held, or left of the compare split). */
  @property({ attribute: 'compare-src' }) compareSrc = '';
  @property() tool: Tool = 'rect';
  @property({ type: Number, attribute: 'brush-size' }) brushSize = 40;
  /** 0..1: the part left of this line shows the image before; 0 = no split. */
  @property({ type: Number }) split = 0;
  @property({ attribute: 'empty-text' }) emptyText = '';

  @query('canvas') private canvas!: HTMLCanvasElement;
  @state() private loaded = false;

  private image?: HTMLImageElement;
  private beforeImage?: HTMLImageElement;
  private mask?: HTMLCanvasElement;
  private tint?: HTMLCanvasElement;
  private scale = 1;
  private offset: Point = { x: 0, y: 0 };
  private drag?: { mode: 'draw' | 'pan'; start: Point; last: Point; path: Point[]; startOffset: Point };
  private spaceDown = false;
  private showBefore = false;
  private hasSelection = false;
  private observer = new ResizeObserver(() => this.redraw());

  connectedCallback() {
    super.connectedCallback();
    this.tabIndex = 0;
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('keyup', this.onKeyUp);
  }

  disconnectedCallback() {
    this.observer.disconnect();
    this.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('keyup', this.onKeyUp);
    super.disconnectedCallback();
  }

  firstUpdated() {
    this.observer.observe(this);
  }

  updated(changed: Map<string, unknown>) {
    if (changed.has('src')) {
      this.load(this.src);
    }
    if (changed.has('compareSrc')) {
      this.beforeImage = undefined;
      if (this.compareSrc) {
        const img = new Image();
        img.onload = () => { this.beforeImage = img; this.redraw(); };
        img.src = this.compareSrc;
      }
    }
    this.redraw();
  }

  render() {
    return html`<canvas
        @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove} @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp} @wheel=${this.onWheel} @contextmenu=${(e: Event) => e.preventDefault()}
      ></canvas>
      ${this.split > 0 && this.loaded ? html`<div class="split" style="left:${this.splitX()}px"></div>
        <input class="split-range" type="range" min="0.02" max="0.98" step="0.01" aria-label="before / after"
          .value=${String(this.split)} @input=${(e: Event) => { this.split = Number((e.target as HTMLInputElement).value); }}>` : ''}
      ${!this.src ? html`<div class="hint">${this.emptyText}</div>` : ''}`;
  }

  /** The selection as a PNG data URL at the image's size (white = selected), or '' when nothing is selected. */
  exportMask(): string {
    return this.mask && this.hasSelection ? this.mask.toDataURL('image/png') : '';
  }

  clearSelection() {
    if (this.mask) {
      this.mask.getContext('2d')!.clearRect(0, 0, this.mask.width, this.mask.height);
      this.maskChanged();
    }
  }

  invertSelection() {
    if (!this.mask) {
      return;
    }
    const ctx = this.mask.getContext('2d')!;
    ctx.save();
    ctx.globalCompositeOperation = 'xor';
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, this.mask.width, this.mask.height);
    ctx.restore();
    this.maskChanged();
  }

  /** Whole image in view. */
  fit() {
    if (!this.image) {
      return;
    }
    const w = this.clientWidth;
    const h = this.clientHeight;
    this.scale = Math.min(w / this.image.naturalWidth, h / this.image.naturalHeight, 1);
    this.offset = { x: (w - this.image.naturalWidth * this.scale) / 2, y: (h - this.image.naturalHeight * this.scale) / 2 };
    this.redraw();
  }

  /** One image pixel per screen pixel, centred. */
  actualSize() {
    if (!this.image) {
      return;
    }
    this.scale = 1;
    this.offset = { x: (this.clientWidth - this.image.naturalWidth) / 2, y: (this.clientHeight - this.image.naturalHeight) / 2 };
    this.redraw();
  }

  private load(src: string) {
    if (!src) {
      this.image = undefined;
      this.loaded = false;
      this.redraw();
      return;
    }
    const img = new Image();
    img.onload = () => {
      const sameSize = this.image && this.image.naturalWidth === img.naturalWidth
        && this.image.naturalHeight === img.naturalHeight;
      this.image = img;
      if (!sameSize) {
        // a new size (another image, a crop): the old selection no longer fits, start a new one
        this.mask = document.createElement('canvas');
        this.mask.width = img.naturalWidth;
        this.mask.height = img.naturalHeight;
        this.tint = document.createElement('canvas');
        this.tint.width = img.naturalWidth;
        this.tint.height = img.naturalHeight;
        this.maskChanged();
        this.fit();
      }
      this.loaded = true;
      this.redraw();
      this.dispatchEvent(new CustomEvent('image-loaded', { detail: { width: img.naturalWidth, height: img.naturalHeight } }));
    };
    img.src = src;
  }

  private toImage(e: PointerEvent | WheelEvent): Point {
    const r = this.canvas.getBoundingClientRect();
    return { x: (e.clientX - r.left - this.offset.x) / this.scale, y: (e.clientY - r.top - this.offset.y) / this.scale };
  }

  private onPointerDown = (e: PointerEvent) => {
    if (!this.image) {
      return;
    }
    this.focus();
    this.canvas.setPointerCapture(e.pointerId);
    const p = this.toImage(e);
    const pan = this.spaceDown || e.button === 1;
    this.drag = { mode: pan ? 'pan' : 'draw', start: p, last: p, path: [p], startOffset: { ...this.offset } };
    if (!pan && (this.tool === 'brush' || this.tool === 'eraser')) {
      this.stroke(p, p);
    }
  };

  private onPointerMove = (e: PointerEvent) => {
    if (!this.drag) {
      return;
    }
    const p = this.toImage(e);
    if (this.drag.mode === 'pan') {
      this.offset = {
        x: this.offset.x + (p.x - this.drag.start.x) * this.scale,
        y: this.offset.y + (p.y - this.drag.start.y) * this.scale,
      };
      this.redraw();
      return;
    }
    if (this.tool === 'brush' || this.tool === 'eraser') {
      this.stroke(this.drag.last, p);
    } else if (this.tool === 'lasso') {
      this.drag.path.push(p);
    }
    this.drag.last = p;
    this.redraw();
  };

  private onPointerUp = () => {
    const d = this.drag;
    this.drag = undefined;
    if (!d || d.mode === 'pan' || !this.mask) {
      return;
    }
    const ctx = this.mask.getContext('2d')!;
    ctx.fillStyle = '#fff';
    if (this.tool === 'rect') {
      const x = Math.max(0, Math.min(d.start.x, d.last.x));
      const y = Math.max(0, Math.min(d.start.y, d.last.y));
      const w = Math.min(this.mask.width, Math.max(d.start.x, d.last.x)) - x;
      const h = Math.min(this.mask.height, Math.max(d.start.y, d.last.y)) - y;
      if (w >= 1 && h >= 1) {
        ctx.fillRect(Math.round(x), Math.round(y), Math.round(w), Math.round(h));
      }
    } else if (this.tool === 'lasso' && d.path.length > 2) {
      ctx.beginPath();
      d.path.forEach((p, i) => (i ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
      ctx.closePath();
      ctx.fill();
    }
    this.maskChanged();
  };

  private stroke(from: Point, to: Point) {
    const ctx = this.mask!.getContext('2d')!;
    ctx.save();
    ctx.globalCompositeOperation = this.tool === 'eraser' ? 'destination-out' : 'source-over';
    ctx.strokeStyle = '#fff';
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.lineWidth = this.brushSize;
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x + 0.01, to.y);
    ctx.stroke();
    ctx.restore();
    this.refreshTint();
  }

  private onWheel = (e: WheelEvent) => {
    if (!this.image) {
      return;
    }
    e.preventDefault();
    const p = this.toImage(e);
    const next = Math.min(32, Math.max(0.02, this.scale * Math.exp(-e.deltaY * 0.0015)));
    const r = this.canvas.getBoundingClientRect();
    this.offset = { x: e.clientX - r.left - p.x * next, y: e.clientY - r.top - p.y * next };
    this.scale = next;
    this.redraw();
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if (e.key === ' ') {
      this.spaceDown = true;
      e.preventDefault();
    } else if (e.key === '[' || e.key === ']') {
      this.brushSize = Math.max(2, Math.min(400, Math.round(this.brushSize * (e.key === ']' ? 1.25 : 0.8))));
      this.dispatchEvent(new CustomEvent('brush-size-changed', { detail: { size: this.brushSize } }));
    } else if (e.key === 'o' && !this.showBefore && this.beforeImage) {
      this.showBefore = true;
      this.redraw();
    }
  };

  private onKeyUp = (e: KeyboardEvent) => {
    if (e.key === ' ') {
      this.spaceDown = false;
    } else if (e.key === 'o') {
      this.showBefore = false;
      this.redraw();
    }
  };

  private maskChanged() {
    this.refreshTint();
    const data = this.mask!.getContext('2d')!.getImageData(0, 0, this.mask!.width, this.mask!.height).data;
    let any = false;
    for (let i = 3; i < data.length; i += 4) {
      if (data[i] !== 0) {
        any = true;
        break;
      }
    }
    this.hasSelection = any;
    this.dispatchEvent(new CustomEvent('selection-changed', { detail: { empty: !any } }));
    this.redraw();
  }

  /** The mask coloured for display: the primary colour where selected. */
  private refreshTint() {
    if (!this.tint || !this.mask) {
      return;
    }
    const ctx = this.tint.getContext('2d')!;
    ctx.clearRect(0, 0, this.tint.width, this.tint.height);
    ctx.globalCompositeOperation = 'source-over';
    ctx.drawImage(this.mask, 0, 0);
    ctx.globalCompositeOperation = 'source-in';
    ctx.fillStyle = 'rgba(30, 120, 255, 0.45)';
    ctx.fillRect(0, 0, this.tint.width, this.tint.height);
    ctx.globalCompositeOperation = 'source-over';
  }

  private splitX() {
    return this.offset.x + (this.image ? this.image.naturalWidth * this.scale * this.split : 0);
  }

  private redraw() {
    const c = this.canvas;
    if (!c) {
      return;
    }
    const dpr = window.devicePixelRatio || 1;
    const w = this.clientWidth;
    const h = this.clientHeight;
    if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
      c.width = Math.round(w * dpr);
      c.height = Math.round(h * dpr);
    }
    const ctx = c.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    if (!this.image) {
      return;
    }
    const iw = this.image.naturalWidth * this.scale;
    const ih = this.image.naturalHeight * this.scale;
    ctx.imageSmoothingEnabled = this.scale < 2;
    const shown = this.showBefore && this.beforeImage ? this.beforeImage : this.image;
    ctx.drawImage(shown, this.offset.x, this.offset.y, iw, ih);
    if (this.split > 0 && this.beforeImage && !this.showBefore) {
      const sw = this.image.naturalWidth * this.split;
      ctx.drawImage(this.beforeImage, 0, 0, this.beforeImage.naturalWidth * this.split, this.beforeImage.naturalHeight,
        this.offset.x, this.offset.y, sw * this.scale, ih);
    }
    if (this.tint && !this.showBefore) {
      ctx.drawImage(this.tint, this.offset.x, this.offset.y, iw, ih);
    }
    const d = this.drag;
    if (d && d.mode === 'draw' && (this.tool === 'rect' || this.tool === 'lasso')) {
      ctx.save();
      ctx.strokeStyle = '#1e78ff';
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      if (this.tool === 'rect') {
        ctx.rect(this.offset.x + d.start.x * this.scale, this.offset.y + d.start.y * this.scale,
          (d.last.x - d.start.x) * this.scale, (d.last.y - d.start.y) * this.scale);
      } else {
        d.path.forEach((p, i) => {
          const x = this.offset.x + p.x * this.scale;
          const y = this.offset.y + p.y * this.scale;
          i ? ctx.lineTo(x, y) : ctx.moveTo(x, y);
        });
      }
      ctx.stroke();
      ctx.restore();
    }
  }
}

/**
 * The markup of <VsockDiagram />, as a string (see ./colo-diagram.ts for why a string).
 * Data path and control path of vhost-vsock in QEMU 2.8: the guest and host applications exchange
 * data through the guest virtio-vsock driver, the shared virtqueues and the host vhost_vsock module;
 * QEMU only configures the device (control plane) and is not on the data path.
 */
import { noProps, type MdxHtmlComponent } from './html.ts';

const FIGURE = `<figure class="vsock-diagram">
  <svg
    role="img"
    aria-labelledby="vsock-diagram-title vsock-diagram-desc"
    viewBox="0 0 400 725"
    width="100%"
    font-family="inherit"
    font-size="14"
  >
    <title id="vsock-diagram-title">vhost-vsock data path and control path</title>
    <desc id="vsock-diagram-desc">
      A vertical flow from a guest application at the top to a host application at the bottom. Inside the
      guest, the application uses an AF_VSOCK socket, which hands data to the guest virtio-vsock driver
      (module vmw_vsock_virtio_transport). The driver places packets in the receive and transmit virtqueues,
      which live in guest memory. In the host kernel, the vhost_vsock module behind /dev/vhost-vsock reads and
      fills those virtqueues directly and delivers the data to an AF_VSOCK socket on the host (CID 2), where the
      host application reads it. QEMU is drawn to the side: with dashed lines it only sets up the device, by
      opening /dev/vhost-vsock, setting the guest CID, handing over the virtqueues and starting vhost, and it
      owns the third, event virtqueue. The solid data arrows do not pass through QEMU.
    </desc>

    <defs>
      <marker id="vsock-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 z" fill="var(--accent)" />
      </marker>
      <marker id="vsock-arrow-muted" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 z" fill="var(--muted)" />
      </marker>
    </defs>
    <rect x="6" y="6" width="254" height="280" rx="10" fill="none" stroke="var(--muted)" stroke-dasharray="6 4" />
    <text x="18" y="28" fill="var(--muted)" font-weight="bold">Guest VM</text>
    <rect x="20" y="40" width="226" height="40" rx="6" fill="var(--surface)" stroke="var(--fg)" />
    <text x="133" y="65" fill="var(--fg)" text-anchor="middle">Guest application</text>
    <line x1="133" y1="82" x2="133" y2="112" stroke="var(--accent)" stroke-width="2" marker-start="url(#vsock-arrow)" marker-end="url(#vsock-arrow)" />
    <rect x="20" y="114" width="226" height="52" rx="6" fill="var(--surface)" stroke="var(--fg)" />
    <text x="133" y="136" fill="var(--fg)" text-anchor="middle">AF_VSOCK socket</text>
    <text x="133" y="156" fill="var(--muted)" text-anchor="middle" font-size="12">guest CID 3 (guest-cid)</text>
    <line x1="133" y1="168" x2="133" y2="198" stroke="var(--accent)" stroke-width="2" marker-start="url(#vsock-arrow)" marker-end="url(#vsock-arrow)" />
    <rect x="20" y="200" width="226" height="70" rx="6" fill="var(--surface)" stroke="var(--fg)" />
    <text x="133" y="222" fill="var(--fg)" text-anchor="middle">virtio-vsock driver</text>
    <text x="133" y="242" fill="var(--muted)" text-anchor="middle" font-size="12">vmw_vsock_virtio_transport</text>
    <text x="133" y="260" fill="var(--muted)" text-anchor="middle" font-size="12">(guest kernel)</text>
    <line x1="133" y1="272" x2="133" y2="318" stroke="var(--accent)" stroke-width="2" marker-start="url(#vsock-arrow)" marker-end="url(#vsock-arrow)" />
    <rect x="20" y="320" width="226" height="58" rx="6" fill="var(--bg)" stroke="var(--accent)" stroke-width="2" />
    <text x="133" y="342" fill="var(--fg)" text-anchor="middle">virtqueues rx / tx</text>
    <text x="133" y="362" fill="var(--muted)" text-anchor="middle" font-size="12">shared rings in guest memory</text>
    <line x1="133" y1="380" x2="133" y2="420" stroke="var(--accent)" stroke-width="2" marker-start="url(#vsock-arrow)" marker-end="url(#vsock-arrow)" />
    <rect x="6" y="404" width="254" height="216" rx="10" fill="none" stroke="var(--muted)" stroke-dasharray="6 4" />
    <text x="18" y="610" fill="var(--muted)" font-weight="bold">Host kernel</text>
    <rect x="20" y="422" width="226" height="58" rx="6" fill="var(--surface)" stroke="var(--fg)" />
    <text x="133" y="444" fill="var(--fg)" text-anchor="middle">vhost_vsock module</text>
    <text x="133" y="464" fill="var(--muted)" text-anchor="middle" font-size="12">/dev/vhost-vsock</text>
    <line x1="133" y1="482" x2="133" y2="512" stroke="var(--accent)" stroke-width="2" marker-start="url(#vsock-arrow)" marker-end="url(#vsock-arrow)" />
    <rect x="20" y="514" width="226" height="58" rx="6" fill="var(--surface)" stroke="var(--fg)" />
    <text x="133" y="536" fill="var(--fg)" text-anchor="middle">AF_VSOCK socket</text>
    <text x="133" y="556" fill="var(--muted)" text-anchor="middle" font-size="12">host CID 2</text>
    <line x1="133" y1="574" x2="133" y2="648" stroke="var(--accent)" stroke-width="2" marker-start="url(#vsock-arrow)" marker-end="url(#vsock-arrow)" />
    <rect x="20" y="650" width="226" height="40" rx="6" fill="var(--surface)" stroke="var(--fg)" />
    <text x="133" y="675" fill="var(--fg)" text-anchor="middle">Host application</text>
    <rect x="274" y="282" width="120" height="150" rx="6" fill="var(--surface)" stroke="var(--muted)" stroke-dasharray="5 3" />
    <text x="334" y="304" fill="var(--fg)" text-anchor="middle" font-weight="bold">QEMU</text>
    <text x="334" y="324" fill="var(--muted)" text-anchor="middle" font-size="12">vhost-vsock-pci</text>
    <text x="334" y="348" fill="var(--fg)" text-anchor="middle" font-size="12">control plane:</text>
    <text x="334" y="366" fill="var(--fg)" text-anchor="middle" font-size="12">set guest CID,</text>
    <text x="334" y="384" fill="var(--fg)" text-anchor="middle" font-size="12">hand over rings,</text>
    <text x="334" y="402" fill="var(--fg)" text-anchor="middle" font-size="12">start vhost,</text>
    <text x="334" y="420" fill="var(--fg)" text-anchor="middle" font-size="12">event queue</text>
    <path d="M274 330 L250 346" fill="none" stroke="var(--muted)" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#vsock-arrow-muted)" />
    <path d="M274 412 L250 444" fill="none" stroke="var(--muted)" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#vsock-arrow-muted)" />
    <line x1="20" y1="712" x2="48" y2="712" stroke="var(--accent)" stroke-width="2" />
    <text x="54" y="717" fill="var(--fg)" font-size="12">data path</text>
    <line x1="150" y1="712" x2="178" y2="712" stroke="var(--muted)" stroke-width="1.5" stroke-dasharray="5 3" />
    <text x="184" y="717" fill="var(--fg)" font-size="12">setup only (no data)</text>
  </svg>
  <figcaption>
    Data travels from socket to socket through the guest driver, the shared virtqueues and the host
    vhost_vsock module. QEMU only sets up the device and owns the event queue; it never copies the data.
  </figcaption>
</figure>`;

export const vsockDiagramHtml: MdxHtmlComponent = (props) => {
  noProps('VsockDiagram', props);
  return FIGURE;
};

/**
 * The site's icon: a white "l" on the product's green, as SVG (every current browser takes an SVG icon), served both as
 * /favicon.ico, where browsers look unasked, and from the versioned assets the pages link to.
 */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect width="32" height="32" rx="6" fill="#00614b"/>
<path d="M12 6h4v16h6v4H12z" fill="#fff"/>
</svg>
`;

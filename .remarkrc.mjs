// The documentation's link check: relative links and heading anchors across README.md and docs/, offline.
// `repository: false` keeps it from turning links into URLs of a Git host and checking those.
import remarkValidateLinks from 'remark-validate-links';

export default {
  plugins: [[remarkValidateLinks, { repository: false }]],
};

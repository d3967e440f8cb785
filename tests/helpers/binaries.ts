/** The binaries the suite runs, found as the test command's provisioning step finds them. */
export { findChromium as chromiumPath, which } from '../../scripts/lib/provision';

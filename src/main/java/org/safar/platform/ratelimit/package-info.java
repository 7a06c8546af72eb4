/**
 * Limits on how often one client may call a public page or endpoint (an agency check, a certificate
 * verification): put {@link org.safar.platform.ratelimit.RateLimited} on the handler, configure the limit under
 * {@code safar.rate-limits.<name>}.
 */
@org.springframework.modulith.NamedInterface("ratelimit")
package org.safar.platform.ratelimit;

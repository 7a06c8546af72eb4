/**
 * Who may do what: {@link org.safar.platform.security.Role}, the signed-in
 * {@link org.safar.platform.security.StaffUser} with the offices that scope what they see, and
 * {@link org.safar.platform.security.AccessRules} through which each module declares its URLs.
 */
@org.springframework.modulith.NamedInterface("security")
package org.safar.platform.security;

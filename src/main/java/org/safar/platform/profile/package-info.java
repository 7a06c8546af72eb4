/**
 * The signed-in staff member's own account: their details and language, their password, their API tokens.
 */
package org.safar.platform.profile;

/**
 * Staff accounts, offices and the regions of Uzbekistan. Business modules read offices and regions from here to
 * scope records by office and to offer region lists.
 */
@org.springframework.modulith.NamedInterface("accounts")
package org.safar.platform.accounts;

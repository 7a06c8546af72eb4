/** The public check of a training certificate by its code: valid or revoked, course, date, holder's name. */
package org.safar.portal.certificates;

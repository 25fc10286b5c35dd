/** Small exports as shops really write them, made here (not copied from anywhere), with their exact results in the tests. */
import { SHOPIFY_EXPORT_HEADER } from '../../src/model/sample-data/exports/shopify-orders';

/** Shopify's header, as the app's made-up Shopify exports write it (the warm-up's, the benchmark's). */
export const SHOPIFY_HEADER = SHOPIFY_EXPORT_HEADER;

// Order-level fields (e-mail, status, totals, date) only on each order's first row, as Shopify exports them.
export const SHOPIFY = `${SHOPIFY_HEADER}
#1001,Ann@Example.com,paid,2024-03-05 00:31:00 +0100,fulfilled,EUR,45.00,5.00,0.00,50.00,,2024-03-05 00:30:00 +0100,2,Mug,12.50,MUG-1,DE,
#1001,,,,,,,,,,,,1,"Plate, large",20.00,PLT-2,,
#1002,bob@example.com,refunded,2024-03-10 09:00:00 +0100,,EUR,30.00,0.00,0.00,30.00,,2024-03-10 09:00:00 +0100,1,Mug,12.50,MUG-1,DE,
#1002,,,,,,,,,,,,1,Bowl,17.50,BWL-1,,
#1003,ANN@example.com,paid,2024-04-01 10:00:00 -0500,,EUR,9.99,0.00,0.00,9.99,,2024-04-01 10:00:00 -0500,1,Spoon,9.99,SPN-1,DE,
#1004,carl@example.com,paid,2024-04-02 08:00:00 +0200,,EUR,40.00,0.00,0.00,40.00,,2024-04-02 08:00:00 +0200,2,Cup,20.00,CUP-1,FR,2024-04-03 09:00:00 +0200
#1005,,paid,2024-04-02 09:00:00 +0200,,EUR,5.00,0.00,0.00,5.00,,2024-04-02 09:00:00 +0200,1,Cup,5.00,CUP-1,FR,
#1006,bob@example.com,partially_refunded,2024-02-01 12:00:00 +0100,,EUR,15.00,0.00,0.00,15.00,,2024-02-01 12:00:00 +0100,3,Saucer,5.00,SCR-1,DE,
#1007,dora@example.com,voided,2024-03-20 12:00:00 +0100,,EUR,8.00,0.00,0.00,8.00,,2024-03-20 12:00:00 +0100,1,Cup,8.00,CUP-1,FR,
`;

// WooCommerce's "one row per item" export: order fields repeat on each item row.
export const WOOCOMMERCE = `order_id,order_number,order_date,status,shipping_total,order_total,order_currency,billing_first_name,billing_email,item_name,item_quantity,item_total
501,1001,2024-01-15 10:00:00,completed,0.00,30.50,USD,Ann,a@shop.test,Mug,1,10.50
501,1001,2024-01-15 10:00:00,completed,0.00,30.50,USD,Ann,a@shop.test,Plate,2,20.00
502,1002,2024-02-20 18:45:00,processing,0.00,12.00,USD,Ann,a@shop.test,Cup,1,12.00
503,1003,2024-02-21 08:00:00,refunded,0.00,99.00,USD,Ben,b@shop.test,Lamp,1,99.00
504,1004,2024-03-01 08:00:00,completed,0.00,0.00,USD,Ben,b@shop.test,Sticker,1,0.00
505,1005,2024-03-02 08:00:00,failed,0.00,45.00,USD,Cleo,c@shop.test,Rug,1,45.00
506,1006,2024-03-10 11:11:11,completed,10.00,"1,234.50",USD,Cleo,c@shop.test,Sofa,1,1224.50
`;

// A German export: semicolons, decimal commas, thousands points, day-first dates, Latin-1 bytes.
export const GERMAN = `Bestellnummer;Kunde;Datum;Menge;Einzelpreis;Land
A-1;Müller;25.03.2024;2;12,50;Deutschland
A-1;Müller;25.03.2024;1;1.234,50;Deutschland
A-2;Zoé;03.04.2024 14:30;3;2,55 EUR;France
A-3;Müller;10.04.2024;-1;5,00;Deutschland
A-4;;11.04.2024;1;5,00;Österreich
`;
